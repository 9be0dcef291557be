/// The name a participant is shown by: their SSH user name (`ssh ana@host`), kept to letters,
/// digits, spaces and `.-_'`, at most 32 characters; `guest` when nothing is left.
enum ParticipantName {
    static let maximumLength = 32

    static func from(userName: String) -> String {
        let kept = userName.unicodeScalars.filter { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || " .-_'".unicodeScalars.contains(scalar)
        }
        var name = String(String.UnicodeScalarView(kept)).trimmingCharacters(in: " -.")
        if name.count > maximumLength { name = String(name.prefix(maximumLength)) }
        return name.isEmpty ? "guest" : name
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
