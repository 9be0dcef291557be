#if canImport(Glibc)
import Glibc
#endif

/// The environment each editor process gets: nothing of the server's own but what an editor
/// needs, the client's terminal type and only the client's locale settings.
enum TerminalEnvironment {
    /// The terminal type a client asks for when it names a sane one; `xterm-256color` otherwise.
    static func terminalType(_ requested: String) -> String {
        let allowed = requested.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-+._".unicodeScalars.contains($0)) }
        return !requested.isEmpty && requested.count <= 64 && allowed ? requested : "xterm-256color"
    }

    /// Whether a client's `env` request is taken: `LANG` and `LC_*` only, with a plain value.
    static func accepts(name: String, value: String) -> Bool {
        guard name == "LANG" || (name.hasPrefix("LC_") && name.count <= 20 && name.dropFirst(3).allSatisfy({ $0.isASCII && ($0.isUppercase || $0 == "_") })) else {
            return false
        }
        return value.count <= 64 && value.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.@".unicodeScalars.contains($0)) }
    }

    /// The editor's environment: PATH, HOME, USER and the data folders from the server; TERM from
    /// the client; LANG and LC_* from the client, else the server's LANG, with a UTF-8 character
    /// type when neither gives one. No `$EDITOR` of the server's: a participant's note editor is
    /// `rnano` (nano's restricted mode: no other files, no shell), and without it, none.
    static func forEditor(terminal: String, client: [String: String], server: [String: String]) -> [String: String] {
        var environment: [String: String] = ["TERM": terminal]
        for name in ["PATH", "HOME", "USER", "LOGNAME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "TMPDIR"] {
            if let value = server[name] { environment[name] = value }
        }
        if environment["PATH"] == nil { environment["PATH"] = "/usr/local/bin:/usr/bin:/bin" }
        if client.isEmpty, let lang = server["LANG"] { environment["LANG"] = lang }
        for (name, value) in client { environment[name] = value }
        // A character type that is not UTF-8, or that this machine lacks (a client's es_ES.UTF-8
        // on a server with only C.UTF-8), would leave the editor in the C locale, losing accents.
        let characterType = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
        if !isUsableUTF8(characterType) {
            environment["LC_CTYPE"] = "C.UTF-8"
            environment["LC_ALL"] = nil
        }
        let noteEditor = (environment["PATH"] ?? "").split(separator: ":").map { String($0) + "/rnano" }.first { access($0, X_OK) == 0 }
        let refusal = "false"
        environment["VISUAL"] = noteEditor ?? refusal
        environment["EDITOR"] = noteEditor ?? refusal
        return environment
    }
}

extension TerminalEnvironment {
    /// Whether a locale name is UTF-8 and installed here.
    static func isUsableUTF8(_ name: String) -> Bool {
        let lowered = name.lowercased()
        guard lowered.contains("utf-8") || lowered.contains("utf8"), let locale = newlocale(LC_CTYPE_MASK, name, nil) else { return false }
        freelocale(locale)
        return true
    }
}

/// The command line of a participant's editor.
enum EditorInvocation {
    /// `edit MAP --name=NAME --confined`, and `--read-only` for a viewer. The map is an absolute path and the
    /// name goes after `=`, so neither can be read as an option.
    static func arguments(map: String, name: String, role: ParticipantRole) -> [String] {
        ["edit", map, "--name=\(name)", "--confined"] + (role == .viewer ? ["--read-only"] : [])
    }

    /// The folder of the map, where the editor runs.
    static func folder(of map: String) -> String {
        guard let slash = map.lastIndex(of: "/"), slash != map.startIndex else { return "/" }
        return String(map[..<slash])
    }
}
