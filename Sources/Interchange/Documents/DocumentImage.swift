/// A picture stored in the document (`Pictures/<name>.png` or `Pictures/<name>.svg`).
public struct DocumentImage: Hashable, Sendable {
    /// A picture's file format.
    public enum Format: String, Hashable, Sendable {
        /// A PNG raster picture (QR codes).
        case png
        /// An SVG vector drawing (floor plans), kept sharp at any print size.
        case svg

        /// The picture's media type in the package's manifest and its frame.
        public var mediaType: String {
            switch self {
            case .png: "image/png"
            case .svg: "image/svg+xml"
            }
        }
    }

    /// The picture's name (letters, digits, `-` and `_`), unique in the document.
    public var name: String
    /// The picture file's format.
    public var format: Format
    /// The picture file's bytes.
    public var bytes: [UInt8]

    /// A PNG picture.
    public init(name: String, png: [UInt8]) {
        self.init(name: name, format: .png, bytes: png)
    }

    /// An SVG drawing (UTF-8 bytes).
    public init(name: String, svg: [UInt8]) {
        self.init(name: name, format: .svg, bytes: svg)
    }

    /// A picture in `format`.
    public init(name: String, format: Format, bytes: [UInt8]) {
        self.name = name
        self.format = format
        self.bytes = bytes
    }

    /// The picture's path in the package.
    public var path: String { "Pictures/\(name).\(format.rawValue)" }
}
