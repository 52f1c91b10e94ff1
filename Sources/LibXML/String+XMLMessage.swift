extension String {
    /// libxml2 messages end in a newline and sometimes contain several lines; keep them on one line.
    var trimmedXMLMessage: String {
        split(whereSeparator: \.isNewline)
            .map { $0.trimmingXMLWhitespace }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

extension Substring {
    fileprivate var trimmingXMLWhitespace: Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}
