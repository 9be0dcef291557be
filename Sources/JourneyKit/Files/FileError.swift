import Glibc

/// A file operation that failed, with the path and a message a person can act on, in English and
/// Spanish (``reason(in:)``).
public struct FileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path the operation was about.
    public var path: String
    /// What failed, as a typed message of the string catalogue.
    public var problem: FileProblem
    /// The system's error number, when the failure came from the system.
    public var code: Int32?

    /// Creates an error whose reason is the same in every language.
    public init(path: String, reason: String, code: Int32? = nil) {
        self.init(path: path, problem: .text(reason), code: code)
    }

    /// Creates an error from a typed problem.
    public init(path: String, problem: FileProblem, code: Int32? = nil) {
        self.path = path
        self.problem = problem
        self.code = code
    }

    /// An error from a failed system call: what was attempted (as the catalogue names it, such as
    /// `"cannot open"`) and the error number turned into a plain reason.
    public init(path: String, operation: String, errno code: Int32) {
        self.init(path: path, problem: .system(FileOperation(english: operation), code: code), code: code)
    }

    /// What failed, in English, such as "cannot write: the disk is full".
    public var reason: String { problem.text(in: .english) }

    /// What failed, in a language.
    public func reason(in language: Language) -> String { problem.text(in: language) }

    /// `path: reason`, with control characters escaped (see ``TerminalSafeText``).
    public var description: String { text(in: .english) }

    /// `path: reason` in a language, with control characters escaped.
    public func text(in language: Language) -> String { TerminalSafeText.escaping("\(path): \(reason(in: language))") }

    /// Plain words for the error numbers a save meets, the system's text for the rest.
    public static func explanation(of code: Int32, in l: Language = .english) -> String {
        switch code {
        case ENOSPC: l.choose(en: "the disk is full", es: "el disco está lleno")
        case EDQUOT: l.choose(en: "the disk quota is exceeded", es: "se superó la cuota de disco")
        case EROFS: l.choose(en: "the file system is read-only", es: "el sistema de archivos es de solo lectura")
        case EACCES, EPERM: l.choose(en: "permission denied", es: "permiso denegado")
        case ENOENT: l.choose(en: "no such file or directory", es: "no existe el archivo o la carpeta")
        case ENOTDIR: l.choose(en: "a part of the path is not a directory", es: "una parte de la ruta no es una carpeta")
        case EISDIR: l.choose(en: "it is a directory", es: "es una carpeta")
        case EIO: l.choose(en: "an input/output error (the disk or network share failed)", es: "un error de entrada/salida (falló el disco o la unidad de red)")
        case EXDEV: l.choose(en: "the temporary file is on another file system", es: "el archivo temporal está en otro sistema de archivos")
        case ELOOP: l.choose(en: "too many symbolic links", es: "demasiados enlaces simbólicos")
        case ENAMETOOLONG: l.choose(en: "the name is too long", es: "el nombre es demasiado largo")
        default: String(cString: strerror(code))
        }
    }
}

/// What went wrong with a file, as the string catalogue says it.
public enum FileProblem: Sendable, Hashable, Localized {
    /// A system call failed: what was attempted and the error number.
    case system(FileOperation, code: Int32)
    /// Saving over a folder.
    case saveOverFolder
    /// Saving into something that is not a folder.
    case notAFolder
    /// Saving into a folder that does not exist.
    case folderMissing(String)
    /// A chain of symbolic links too long to follow.
    case tooManyLinks
    /// A reason that is the same in every language (a system's own words).
    case text(String)

    public func text(in l: Language) -> String {
        switch self {
        case .system(let operation, let code): operation.text(in: l) + ": " + FileError.explanation(of: code, in: l)
        case .saveOverFolder: l.choose(en: "cannot save: it is a folder", es: "no se puede guardar: es una carpeta")
        case .notAFolder: l.choose(en: "cannot save: it is not a folder", es: "no se puede guardar: no es una carpeta")
        case .folderMissing(let folder): l.choose(en: "cannot save: the folder \(folder) does not exist", es: "no se puede guardar: la carpeta \(folder) no existe")
        case .tooManyLinks: l.choose(en: "cannot save: too many symbolic links", es: "no se puede guardar: demasiados enlaces simbólicos")
        case .text(let text): text
        }
    }
}

/// What journey was doing with a file when the system refused.
public enum FileOperation: Sendable, Hashable, Localized {
    case open, openFolder, read, readLink, write, close, flush, flushFolder, createInFolder, delete, listFolder, lookAt
    case replace, setPermissions
    /// An attempt the catalogue does not name, in the caller's own words.
    case other(String)

    /// The operation the English words name (`"cannot open"`), or ``other(_:)``.
    public init(english: String) {
        self = Self.known.first { $0.text(in: .english) == english } ?? .other(english)
    }

    private static let known: [FileOperation] = [.open, .openFolder, .read, .readLink, .write, .close, .flush, .flushFolder, .createInFolder,
                                                 .delete, .listFolder, .lookAt, .replace, .setPermissions]

    public func text(in l: Language) -> String {
        switch self {
        case .open: l.choose(en: "cannot open", es: "no se puede abrir")
        case .openFolder: l.choose(en: "cannot open the folder", es: "no se puede abrir la carpeta")
        case .read: l.choose(en: "cannot read", es: "no se puede leer")
        case .readLink: l.choose(en: "cannot read the link", es: "no se puede leer el enlace")
        case .write: l.choose(en: "cannot write", es: "no se puede escribir")
        case .close: l.choose(en: "cannot close", es: "no se puede cerrar")
        case .flush: l.choose(en: "cannot flush to disk", es: "no se puede volcar al disco")
        case .flushFolder: l.choose(en: "cannot flush the folder to disk", es: "no se puede volcar la carpeta al disco")
        case .createInFolder: l.choose(en: "cannot create a file in the folder", es: "no se puede crear un archivo en la carpeta")
        case .delete: l.choose(en: "cannot delete", es: "no se puede borrar")
        case .listFolder: l.choose(en: "cannot list the folder", es: "no se puede listar la carpeta")
        case .lookAt: l.choose(en: "cannot look at", es: "no se puede consultar")
        case .replace: l.choose(en: "cannot replace the file", es: "no se puede reemplazar el archivo")
        case .setPermissions: l.choose(en: "cannot set permissions", es: "no se pueden fijar los permisos")
        case .other(let text): text
        }
    }
}
