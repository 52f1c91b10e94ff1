internal import LibXML

extension ODFPartWriter {
    /// Writes text as `text:p` paragraphs: one per line (`\n`, `\r\n` or `\r`); runs of two or
    /// more spaces, and spaces at the start or end of a paragraph, as `text:s`; tabs as
    /// `text:tab`. Characters not allowed in XML are replaced by U+FFFD.
    func writeParagraphs(_ text: String, on writer: XMLWriter) throws {
        if Self.isPlainParagraph(text) {
            try writer.element(qualified: "text:p", text: text)
            return
        }
        let clean = XMLWriter.sanitized(text)
        var paragraph: [Unicode.Scalar] = []
        var previousWasCR = false
        for scalar in clean.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                try writeParagraph(paragraph, on: writer)
                paragraph.removeAll(keepingCapacity: true)
            } else {
                paragraph.append(scalar)
            }
        }
        try writeParagraph(paragraph, on: writer)
    }

    /// Whether `text` is one paragraph written as it is: no line break, tab, control character
    /// or U+FFFE/U+FFFF, no space at either end and no run of spaces (the usual cell).
    static func isPlainParagraph(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return true }
            if first == 0x20 || last == 0x20 { return false }
            var previous: UInt8 = 0
            for index in utf8.indices {
                let byte = utf8[index]
                if byte < 0x20 || (byte == 0x20 && previous == 0x20) { return false }
                if byte == 0xEF, index + 2 < utf8.count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE {
                    return false
                }
                previous = byte
            }
            return true
        }
    }

    private func writeParagraph(_ scalars: [Unicode.Scalar], on writer: XMLWriter) throws {
        try writer.startElement(qualified: "text:p")
        var pending = String.UnicodeScalarView()
        func flush() throws {
            if !pending.isEmpty {
                try writer.text(String(pending))
                pending.removeAll()
            }
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\t" {
                try flush()
                try Self.emptyElement(on: writer, "text:tab")
                index += 1
            } else if scalar == " " {
                var run = 1
                while index + run < scalars.count && scalars[index + run] == " " { run += 1 }
                let atEdge = index == 0 || index + run == scalars.count
                if run == 1 && !atEdge {
                    pending.append(scalar)
                } else {
                    var spaces = run
                    if index > 0 && index + run < scalars.count {
                        pending.append(" ")
                        spaces -= 1
                    }
                    try flush()
                    if spaces > 0 {
                        try writer.startElement(qualified: "text:s")
                        if spaces > 1 {
                            try writer.attribute(qualified: "text:c", String(spaces))
                        }
                        try writer.endElement()
                    }
                }
                index += run
            } else {
                pending.append(scalar)
                index += 1
            }
        }
        try flush()
        try writer.endElement()
    }
}
