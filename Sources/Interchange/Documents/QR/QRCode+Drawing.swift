extension QRCode {
    /// The module sizes ``png(moduleSize:quietZone:)`` and ``svgPath(moduleSize:)`` accept; other
    /// values are brought into range.
    public static let moduleSizes = 1...64
    /// The quiet-zone widths, in modules, ``png(moduleSize:quietZone:)`` accepts (the standard
    /// asks for at least 4).
    public static let quietZones = 0...16

    /// The symbol as a 1-bit greyscale PNG, `moduleSize` pixels per module (1–64) with a light
    /// margin of `quietZone` modules (0–16, 4 recommended) on every side.
    public func png(moduleSize: Int, quietZone: Int) -> [UInt8] {
        let scale = min(max(moduleSize, Self.moduleSizes.lowerBound), Self.moduleSizes.upperBound)
        let margin = min(max(quietZone, Self.quietZones.lowerBound), Self.quietZones.upperBound)
        let side = (size + 2 * margin) * scale
        return MonochromePNG.encode(width: side, height: side) { x, y in
            isDark(row: y / scale - margin, column: x / scale - margin)
        }
    }

    /// The dark modules as the `d` attribute of one SVG `<path>`, `moduleSize` user units per
    /// module, the symbol's top left at (0, 0): one `M…h…v…h…z` rectangle per horizontal run of
    /// dark modules. Fill it black over a light background with a 4-module margin.
    public func svgPath(moduleSize: Double) -> String {
        let scale = moduleSize.isFinite && moduleSize > 0 ? moduleSize : 1
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
        var parts: [String] = []
        for row in 0..<size {
            var column = 0
            while column < size {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < size && isDark(row: row, column: column) { column += 1 }
                let x = Double(start) * scale
                let y = Double(row) * scale
                let width = Double(column - start) * scale
                parts.append(
                    "M\(number(x)) \(number(y))h\(number(width))v\(number(scale))h\(number(-width))z")
            }
        }
        return parts.joined()
    }
}
