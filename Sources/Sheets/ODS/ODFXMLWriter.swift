internal import LibXML

/// A streaming serializer for the OpenDocument parts Sheets writes (content, styles, meta,
/// settings, manifest, flat documents), several times faster than a general XML writer.
///
/// Element and attribute names are static strings, written as they are (Sheets' own ODF
/// vocabulary, with prefixes declared on the root by `ODFPartWriter`); only values and text are
/// data, escaped exactly as libxml2's `xmlTextWriter` escapes them (text: `& < > "` and CR;
/// attributes: also LF and tab as character references), so the output is byte-identical to
/// what `LibXML.XMLWriter` writes for the same calls: `<?xml …?>` declaration and a newline,
/// `<a/>` for empty elements, a final newline. Characters XML 1.0 forbids are refused
/// (`SheetsError.xml`), as `XMLWriter` refuses them; callers sanitise user text first.
///
/// Output goes to `sink` in chunks of up to `bufferSize` bytes (each buffer valid only during
/// the call); errors thrown by `sink` propagate unchanged. Integers and dates are formatted
/// straight into the buffer, and text without markup characters is copied as one block, so a
/// cell costs no allocation. Not `Sendable`: use a writer from one task at a time.
final class ODFXMLWriter {
    /// The file named in errors.
    let fileName: String
    private let sink: (UnsafeRawBufferPointer) throws -> Void
    private let capacity: Int
    private let buffer: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var elements: [StaticString] = []
    private var startTagOpen = false
    private var documentEnded = false

    /// Creates a writer that hands its output to `sink`.
    ///
    /// - Parameters:
    ///   - fileName: The file named in errors.
    ///   - bufferSize: The largest chunk passed to `sink` (at least 64 bytes).
    ///   - sink: Receives each chunk, in order.
    init(
        fileName: String, bufferSize: Int = 64 * 1024, sink: @escaping (UnsafeRawBufferPointer) throws -> Void
    ) {
        self.fileName = fileName
        self.sink = sink
        capacity = max(64, bufferSize)
        buffer = .allocate(capacity: capacity)
        elements.reserveCapacity(16)
    }

    deinit {
        buffer.deallocate()
    }

    /// Writes a whole document to memory: `body` writes it, the bytes are returned.
    static func bytes(fileName: String, _ body: (ODFXMLWriter) throws -> Void) throws -> [UInt8] {
        var output: [UInt8] = []
        let writer = ODFXMLWriter(fileName: fileName) { output.append(contentsOf: $0) }
        try body(writer)
        try writer.close()
        return output
    }

    // MARK: - Document

    /// Writes the XML declaration `<?xml version="1.0" encoding="UTF-8"?>` and a newline.
    func startDocument() throws {
        try append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Closes every open element and writes the final newline.
    func endDocument() throws {
        while !elements.isEmpty {
            try end()
        }
        if !documentEnded {
            try append(0x0A)
            documentEnded = true
        }
    }

    /// Sends the buffered bytes to the sink.
    func flush() throws {
        guard count > 0 else { return }
        let chunk = UnsafeRawBufferPointer(start: buffer, count: count)
        count = 0
        try sink(chunk)
    }

    /// Ends the document if it is not ended and flushes.
    func close() throws {
        try endDocument()
        try flush()
    }

    // MARK: - Elements

    /// Writes a start tag `<name`; attributes may follow until content is written.
    func start(_ name: StaticString) throws {
        try closeStartTag()
        try append(0x3C)
        try append(name)
        elements.append(name)
        startTagOpen = true
    }

    /// Ends the innermost element: `/>` when it has no content, `</name>` otherwise.
    func end() throws {
        guard let name = elements.popLast() else {
            throw SheetsError.xml(file: fileName, message: "end() with no open element")
        }
        if startTagOpen {
            startTagOpen = false
            try append("/>")
        } else {
            try append("</")
            try append(name)
            try append(0x3E)
        }
    }

    /// Writes an element containing only text (`<name/>` when `text` is empty).
    func leaf(_ name: StaticString, text: String) throws {
        try start(name)
        try self.text(text)
        try end()
    }

    /// Writes an empty element with attributes.
    func empty(_ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]) throws {
        try start(name)
        for (attribute, value) in attributes {
            try attr(attribute, value)
        }
        try end()
    }

    // MARK: - Attributes and text

    /// Writes an attribute ` name="value"` on the open start tag; the value is escaped.
    func attr(_ name: StaticString, _ value: String) throws {
        try beginAttribute(name)
        try appendEscaped(value, inAttribute: true)
        try append(0x22)
    }

    /// Writes an attribute whose value is a whole number, formatted in place.
    func attr(_ name: StaticString, integer value: Int) throws {
        try beginAttribute(name)
        try appendDecimal(value)
        try append(0x22)
    }

    /// Writes an attribute whose value is an ISO 8601 day, `2026-12-16`, formatted in place.
    func attr(_ name: StaticString, date: SheetDate) throws {
        try beginAttribute(name)
        try appendDate(date)
        try append(0x22)
    }

    /// Writes escaped text inside the open element; an empty string writes nothing.
    func text(_ value: String) throws {
        guard !value.isEmpty else { return }
        guard !elements.isEmpty else {
            throw SheetsError.xml(file: fileName, message: "text outside of any element")
        }
        try closeStartTag()
        try appendEscaped(value, inAttribute: false)
    }

    /// Writes an ISO 8601 day as text inside the open element.
    func text(date: SheetDate) throws {
        guard !elements.isEmpty else {
            throw SheetsError.xml(file: fileName, message: "text outside of any element")
        }
        try closeStartTag()
        try appendDate(date)
    }

    /// The name of the innermost open element, for messages.
    private var currentElement: String {
        elements.last.map { "\($0)" } ?? "(document)"
    }

    private func beginAttribute(_ name: StaticString) throws {
        guard startTagOpen else {
            throw SheetsError.xml(
                file: fileName, message: "attribute \(name) must follow a start tag (in <\(currentElement)>)")
        }
        try append(0x20)
        try append(name)
        try append("=\"")
    }

    private func closeStartTag() throws {
        if startTagOpen {
            startTagOpen = false
            try append(0x3E)
        }
    }

    // MARK: - Bytes

    @inline(__always)
    private func append(_ byte: UInt8) throws {
        if count == capacity { try flush() }
        buffer[count] = byte
        count += 1
    }

    private func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard var source = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            if count == capacity { try flush() }
            let step = min(capacity - count, remaining)
            (buffer + count).update(from: source, count: step)
            count += step
            source += step
            remaining -= step
        }
    }

    private func append(_ text: StaticString) throws {
        if text.hasPointerRepresentation {
            try append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            let bytes = text.withUTF8Buffer { Array($0) }
            try bytes.withUnsafeBufferPointer { try append($0) }
        }
    }

    /// Appends a whole number in decimal.
    private func appendDecimal(_ value: Int) throws {
        if value >= 0 && value < 10 {
            try append(UInt8(48 + value))
            return
        }
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var magnitude = value.magnitude
            var position = 24
            while magnitude > 0 {
                position -= 1
                digits[position] = UInt8(48 + magnitude % 10)
                magnitude /= 10
            }
            if value < 0 {
                position -= 1
                digits[position] = 0x2D
            }
            try append(UnsafeBufferPointer(rebasing: digits[position..<24]))
        }
    }

    /// Appends `yyyy-MM-dd` (the year padded to four digits, as `SheetDate.description`).
    private func appendDate(_ date: SheetDate) throws {
        guard (0...9999).contains(date.year) else {
            try appendEscaped(date.description, inAttribute: false)
            return
        }
        let year = date.year
        let month = date.month
        let day = date.day
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { digits in
            digits[0] = UInt8(48 + year / 1000)
            digits[1] = UInt8(48 + year / 100 % 10)
            digits[2] = UInt8(48 + year / 10 % 10)
            digits[3] = UInt8(48 + year % 10)
            digits[4] = 0x2D
            digits[5] = UInt8(48 + month / 10)
            digits[6] = UInt8(48 + month % 10)
            digits[7] = 0x2D
            digits[8] = UInt8(48 + day / 10)
            digits[9] = UInt8(48 + day % 10)
            try append(UnsafeBufferPointer(digits))
        }
    }

    /// Appends text escaped as libxml2 escapes it, refusing characters XML 1.0 forbids.
    private func appendEscaped(_ value: String, inAttribute: Bool) throws {
        var value = value
        try value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let end = utf8.count
            var runStart = 0
            var index = 0
            while index < end {
                let byte = base[index]
                // Most bytes (letters, UTF-8 sequences) need nothing: one comparison.
                if byte > 0x3E && byte != 0xEF {
                    index += 1
                    continue
                }
                let replacement: StaticString?
                switch byte {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x0D: replacement = "&#13;"
                case 0x0A: replacement = inAttribute ? "&#10;" : nil
                case 0x09: replacement = inAttribute ? "&#9;" : nil
                case 0xEF:
                    // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
                    if index + 2 < end, base[index + 1] == 0xBF, base[index + 2] >= 0xBE {
                        throw forbidden(
                            String(decoding: UnsafeBufferPointer(start: base, count: end), as: UTF8.self))
                    }
                    replacement = nil
                case 0..<0x20:
                    throw forbidden(
                        String(decoding: UnsafeBufferPointer(start: base, count: end), as: UTF8.self))
                default:
                    replacement = nil
                }
                if let replacement {
                    try append(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                    try append(replacement)
                    runStart = index + 1
                }
                index += 1
            }
            try append(UnsafeBufferPointer(start: base + runStart, count: end - runStart))
        }
    }

    /// The error for text holding a character XML 1.0 forbids, naming it and the element.
    private func forbidden(_ text: String) -> SheetsError {
        let scalar = text.unicodeScalars.first { !XMLWriter.isAllowedInXML($0) }
        let code = String(scalar?.value ?? 0, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - code.count)) + code
        return SheetsError.xml(
            file: fileName,
            message: "ký tự U+\(padded) không được phép trong XML ở <\(currentElement)> "
                + "(character not allowed in XML 1.0)")
    }
}
