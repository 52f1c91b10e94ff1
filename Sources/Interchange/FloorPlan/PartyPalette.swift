import Foundation

/// A colour per exhibiting party that never changes between drawings: its identifier hashed
/// (FNV-1a, 64 bits, over the UTF-8 bytes) into a palette of distinguishable light fills on which
/// dark text reads well.
///
/// The colour depends on the identifier only, so a party keeps its colour in every version of the
/// booth plan whatever booths it has and whoever else exhibits.
public enum PartyPalette {
    /// The fills: fourteen hues about 25° apart and six pale ones, light enough for
    /// ``textColour`` to keep a contrast ratio of at least 4.5:1 (WCAG AA); no greys (kept for
    /// booths out of use and dimmed booths).
    public static let colours: [String] = [
        "#f28e8c", "#f9b36b", "#f7e26b", "#c5e17a", "#7fcf8f", "#6fd0c4", "#8fd3f0", "#93b5f0",
        "#b3a7ee", "#d3a2e8", "#f09ad6", "#f7b7c8", "#d9b98c", "#c9c98a", "#fde0c2", "#d7f0c2",
        "#cfe3fb", "#ead7f7", "#fbd3d3", "#fff3b0",
    ]
    /// The colour of text drawn on a party's fill.
    public static let textColour = "#202124"

    /// The colour of the party with identifier `id`.
    public static func colour(forParty id: String) -> String {
        colours[Int(StableHash.fnv1a(id) % UInt64(colours.count))]
    }

    /// The WCAG contrast ratio between two `#rrggbb` colours (1–21); nil for another notation.
    public static func contrast(_ first: String, _ second: String) -> Double? {
        guard let a = luminance(first), let b = luminance(second) else { return nil }
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The relative luminance of a `#rrggbb` colour.
    static func luminance(_ colour: String) -> Double? {
        let hex = colour.dropFirst()
        guard colour.hasPrefix("#"), hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
        func channel(_ shift: UInt32) -> Double {
            let c = Double((value >> shift) & 0xff) / 255
            return c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0)
    }
}
