internal import LibXML

extension ODFPartWriter {
    /// Writes text as `text:p` paragraphs: one per line (`\n`, `\r\n` or `\r`); runs of two or
    /// more spaces, and spaces at the start or end of a paragraph, as `text:s`; tabs as
    /// `text:tab`. Characters not allowed in XML are replaced by U+FFFD.
    func writeParagraphs(_ text: String, on writer: XMLWriter) throws {
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

    private func writeParagraph(_ scalars: [Unicode.Scalar], on writer: XMLWriter) throws {
        try writer.start("text:p")
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
                try writer.empty("text:tab")
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
                        try writer.start("text:s")
                        if spaces > 1 {
                            try writer.attr("text:c", String(spaces))
                        }
                        try writer.end()
                    }
                }
                index += run
            } else {
                pending.append(scalar)
                index += 1
            }
        }
        try flush()
        try writer.end()
    }
}
