/// A PNG picture stored in the document (`Pictures/<name>.png`).
public struct DocumentImage: Hashable, Sendable {
    /// The picture's name (letters, digits, `-` and `_`), unique in the document.
    public var name: String
    /// The PNG file's bytes.
    public var png: [UInt8]

    /// A picture.
    public init(name: String, png: [UInt8]) {
        self.name = name
        self.png = png
    }

    /// The picture's path in the package.
    public var path: String { "Pictures/\(name).png" }
}
