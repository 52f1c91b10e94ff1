import Foundation

extension String {
    /// The text without leading and trailing white space (including non-breaking spaces and line
    /// breaks that spreadsheets keep in cells).
    var trimmedCell: String {
        trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{00A0}\u{FEFF}")))
    }
}
