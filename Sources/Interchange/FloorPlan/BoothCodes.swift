/// Booth codes written short for an index: runs of consecutive numbers with the same prefix joined
/// by a dash (`A-01–A-03, B-05`).
public enum BoothCodes {
    /// The codes, in natural order, with consecutive runs joined.
    public static func compact(_ codes: [String]) -> String {
        let sorted = codes.sorted(by: naturalOrder)
        var parts: [String] = []
        var runStart: String?
        var previous: (prefix: String, number: Int)?
        var previousCode = ""
        func close() {
            guard let start = runStart else { return }
            parts.append(start == previousCode ? start : "\(start)–\(previousCode)")
        }
        for code in sorted {
            let split = Self.split(code)
            if let previous, let number = split.number, previous.prefix == split.prefix,
                number == previous.number + 1
            {
                previousCode = code
            } else {
                close()
                runStart = code
                previousCode = code
            }
            previous = split.number.map { (split.prefix, $0) }
        }
        close()
        return parts.joined(separator: ", ")
    }

    /// Whether `a` comes before `b`: by prefix, then by number (`A-2` before `A-10`).
    public static func naturalOrder(_ a: String, _ b: String) -> Bool {
        let (pa, na) = split(a)
        let (pb, nb) = split(b)
        if pa != pb { return pa < pb }
        if let na, let nb, na != nb { return na < nb }
        return a < b
    }

    /// A code's prefix and trailing number: `A-01` → (`A-`, 1).
    static func split(_ code: String) -> (prefix: String, number: Int?) {
        let digits = code.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return (code, nil) }
        return (String(code.dropLast(digits.count)), Int(String(digits.reversed())))
    }
}
