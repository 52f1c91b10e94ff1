/// The error-correction level of a QR code (ISO/IEC 18004 §7.5.1): how much of the symbol can be
/// damaged and still be read, at the cost of room for data.
public enum QRCorrection: String, CaseIterable, Hashable, Sendable, Codable {
    /// Level L: about 7 % of the codewords can be restored.
    case low
    /// Level M: about 15 % (the default).
    case medium
    /// Level Q: about 25 %.
    case quartile
    /// Level H: about 30 %.
    case high

    /// The two bits of the level in the format information (L 01, M 00, Q 11, H 10).
    var formatBits: Int {
        switch self {
        case .low: 1
        case .medium: 0
        case .quartile: 3
        case .high: 2
        }
    }

    /// The row of the level in ``QRVersion``'s tables (L, M, Q, H).
    var tableIndex: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .quartile: 2
        case .high: 3
        }
    }
}
