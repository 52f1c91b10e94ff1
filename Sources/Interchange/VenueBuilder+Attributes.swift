import LibXML
import Planning

extension VenueBuilder {
    /// A required text attribute (the schema guarantees it is present).
    func string(_ element: XMLElement, _ name: String) -> String {
        element.attribute(name).map(trimmed) ?? ""
    }

    /// A space-separated list attribute.
    func words(_ element: XMLElement, _ name: String) -> [String] {
        (element.attribute(name) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// A `true`/`false` attribute, false when absent.
    func flag(_ element: XMLElement, _ name: String) -> Bool {
        element.attribute(name).map(trimmed) == "true"
    }

    /// A length attribute in metres; a value that does not read as a number is reported.
    mutating func number(_ element: XMLElement, _ name: String, default value: Double = 0) -> Double {
        guard let text = element.attribute(name) else { return value }
        if let number = Double(trimmed(text)), number.isFinite { return number }
        problems.append(
            VenueProblem(
                file: file, line: element.lineNumber,
                message: .attributeNotANumber(attribute: name, value: text)))
        return value
    }

    /// An integer attribute, nil when absent; a value out of range is reported.
    mutating func integer(_ element: XMLElement, _ name: String) -> Int? {
        guard let text = element.attribute(name) else { return nil }
        var digits = trimmed(text)
        if digits.hasPrefix("+") { digits.removeFirst() }
        if let number = Int(digits) { return number }
        problems.append(
            VenueProblem(
                file: file, line: element.lineNumber,
                message: .attributeNotAnInteger(attribute: name, value: text)))
        return nil
    }

    /// The rectangle of an element's `x`, `y`, `width` and `depth`.
    mutating func rect(_ element: XMLElement) -> Rect {
        Rect(
            x: number(element, "x"), y: number(element, "y"), width: number(element, "width"),
            depth: number(element, "depth"))
    }

    /// Text without surrounding whitespace.
    func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
