extension XMLStreamReader {
    /// Reads the text content of the current element, including that of nested elements.
    ///
    /// On an element, reads up to its end tag and leaves the reader there (on an empty element
    /// it does not move); on a text-like node, returns its value without moving.
    ///
    /// - Returns: The concatenated text and CDATA content.
    public func readText() throws -> String {
        switch nodeType {
        case .element:
            break
        case .text, .cdata, .whitespace, .significantWhitespace:
            return value ?? ""
        default:
            return ""
        }
        if isEmptyElement { return "" }
        let startDepth = depth
        var text = ""
        while try read() {
            switch nodeType {
            case .text, .cdata, .whitespace, .significantWhitespace:
                text += value ?? ""
            case .endElement where depth == startDepth:
                return text
            default:
                break
            }
        }
        return text
    }

    /// Skips the current element's content and leaves the reader on its end tag.
    ///
    /// Does nothing on an empty element or a non-element node; the next `read()` returns the
    /// node after the element either way.
    public func skipSubtree() throws {
        guard nodeType == .element, !isEmptyElement else { return }
        let startDepth = depth
        while try read() {
            if nodeType == .endElement, depth == startDepth { return }
        }
    }
}
