extension String {
    /// The text without leading and trailing white space (Unicode white space, which includes the
    /// non-breaking spaces and line breaks that spreadsheets keep in cells, and byte-order marks).
    ///
    /// Walks the scalars from both ends: no bridge to Foundation, which cost more than reading
    /// the cell itself when every cell of a national registry is trimmed.
    var trimmedCell: String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII
                ? scalar == " " || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace || scalar == "\u{FEFF}"
        }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}
