import Foundation

/// Distinct, light fill colours for colouring booths by province (or by party): the n-th colour is
/// spread around the colour wheel by the golden angle, so neighbours in the list never look alike.
public enum ProvincePalette {
    /// The fill colour (`#rrggbb`) of the entry at `index`.
    public static func colour(_ index: Int) -> String {
        let hue = (Double(index) * 137.508).truncatingRemainder(dividingBy: 360)
        let lightness = [0.64, 0.54, 0.72][index / 12 % 3]
        let saturation = 0.72
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let sector = hue / 60
        let x = chroma * (1 - abs(sector.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double) =
            switch Int(sector) {
            case 0: (chroma, x, 0)
            case 1: (x, chroma, 0)
            case 2: (0, chroma, x)
            case 3: (0, x, chroma)
            case 4: (x, 0, chroma)
            default: (chroma, 0, x)
            }
        let m = lightness - chroma / 2
        func hex(_ value: Double) -> String {
            String(format: "%02x", Int(((value + m) * 255).rounded()))
        }
        return "#\(hex(r))\(hex(g))\(hex(b))"
    }
}
