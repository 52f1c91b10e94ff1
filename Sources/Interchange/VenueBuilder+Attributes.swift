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

    /// A length attribute in metres, within ``Limits/venueLengths``; a value that does not read as
    /// a number, or lies outside the range, is reported and `value` used instead.
    mutating func number(_ element: XMLElement, _ name: String, default value: Double = 0) -> Double {
        guard let text = element.attribute(name) else { return value }
        guard let number = Double(trimmed(text)), !number.isNaN else {
            problems.append(
                VenueProblem(
                    file: file, line: element.lineNumber,
                    message: .attributeNotANumber(attribute: name, value: text)))
            return value
        }
        guard Limits.venueLengths.contains(number) else {
            problems.append(
                VenueProblem(
                    file: file, line: element.lineNumber,
                    message: .lengthOutOfRange(attribute: name, value: text, range: Limits.venueLengths)))
            return value
        }
        return number
    }

    /// An integer attribute within `range`, nil when absent; a value that is not an integer, or
    /// lies outside the range (however many digits it has), is reported and nil returned.
    mutating func integer(_ element: XMLElement, _ name: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = element.attribute(name) else { return nil }
        var digits = Substring(trimmed(text))
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            problems.append(
                VenueProblem(
                    file: file, line: element.lineNumber,
                    message: .attributeNotAnInteger(attribute: name, value: text)))
            return nil
        }
        // Too many digits for an `Int` is out of range too, not a trap.
        if let magnitude = Int(digits), range.contains(negative ? -magnitude : magnitude) {
            return negative ? -magnitude : magnitude
        }
        problems.append(
            VenueProblem(
                file: file, line: element.lineNumber,
                message: .integerOutOfRange(attribute: name, value: text, range: range)))
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
