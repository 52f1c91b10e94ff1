import Foundation

extension String {
    /// The text without white space at either end, as `trimmingCharacters(in: .whitespaces)`
    /// gives it, but without a round trip through Foundation when both ends are visible ASCII
    /// (every number, reference and index a worksheet holds), which the reader meets a few times
    /// per cell.
    var trimmedSpaces: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if (0x21..<0x80).contains(first) && (0x21..<0x80).contains(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
