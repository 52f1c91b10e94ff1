import Foundation
import LibXML

/// Writes the XML parts of an OpenDocument text package for a ``TextDocument`` through
/// libxml2's writer: `content.xml` (automatic styles for page breaks, tables, columns, rows and
/// cells, then the body), `styles.xml` (the font, the default, paragraph and character styles,
/// the page layouts and master pages with their headers and footers), `meta.xml` and the
/// manifest.
struct ODTPartWriter {
    /// The ODF version written.
    static let version = "1.3"
    /// The one font: Times New Roman, as Vietnamese administrative documents use (Nghị định
    /// 30/2020/NĐ-CP); LibreOffice substitutes a metric-compatible font where it is missing.
    static let font = "Times New Roman"

    /// Namespaces (prefix and URI) declared on every root element, `office` first.
    static let namespaces: [(prefix: String, uri: String)] = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
    ]

    /// A page break's target: the style the broken paragraph (or table) takes.
    struct Break: Hashable {
        /// The paragraph's own style (nil for a table).
        var parent: String?
        /// The page style started, or nil for a plain page break.
        var pageStyle: String?
    }

    /// The document written.
    let document: TextDocument
    /// The automatic paragraph styles of page breaks, in order of first use: `PB<n>`.
    let breaks: [Break]
    /// The page break before each table that follows one, by the table's index in the body.
    let tableBreaks: [Int: Break]
    /// Each picture's format, by name.
    let imageFormats: [String: DocumentImage.Format]

    /// Prepares the parts of `document`.
    init(document: TextDocument) {
        self.document = document
        self.imageFormats = Dictionary(document.images.map { ($0.name, $0.format) }) { first, _ in first }
        var found: [Break] = []
        var tables: [Int: Break] = [:]
        var tableIndex = 0
        var pending: String?? = .some(document.pages.first?.name)
        for block in document.body {
            switch block {
            case .pageBreak(let pageStyle): pending = .some(pageStyle)
            case .paragraph(let paragraph):
                if let target = pending {
                    let item = Break(parent: paragraph.style, pageStyle: target)
                    if !found.contains(item) { found.append(item) }
                    pending = nil
                }
            case .table:
                if let target = pending { tables[tableIndex] = Break(parent: nil, pageStyle: target) }
                tableIndex += 1
                pending = nil
            }
        }
        breaks = found
        tableBreaks = tables
    }

    /// Checks that every style, page style and picture the document names exists.
    static func check(_ document: TextDocument) throws(DocumentsError) {
        let paragraphs = Set(document.paragraphStyles.map(\.name))
        let texts = Set(document.textStyles.map(\.name))
        let pages = Set(document.pages.map(\.name))
        let images = Set(document.images.map(\.name))
        guard !document.pages.isEmpty else { throw .missingStyle(.page, name: "") }
        func check(_ paragraph: DocumentParagraph) throws(DocumentsError) {
            guard paragraphs.contains(paragraph.style) else {
                throw .missingStyle(.paragraph, name: paragraph.style)
            }
            for inline in paragraph.content {
                switch inline {
                case .styled(_, let style) where !texts.contains(style):
                    throw .missingStyle(.text, name: style)
                case .image(let name, _, _) where !images.contains(name):
                    throw .missingStyle(.image, name: name)
                default: continue
                }
            }
        }
        for page in document.pages {
            if let next = page.next, !pages.contains(next) { throw .missingStyle(.page, name: next) }
            for paragraph in [page.header, page.footer].compactMap({ $0 }) { try check(paragraph) }
        }
        for block in document.body {
            switch block {
            case .paragraph(let paragraph): try check(paragraph)
            case .table(let table):
                for row in table.rows {
                    for cell in row.cells {
                        for paragraph in cell.paragraphs { try check(paragraph) }
                    }
                }
            case .pageBreak(let style):
                if let style, !pages.contains(style) { throw .missingStyle(.page, name: style) }
            }
        }
    }

    /// Starts the document and its root element `office:<root>` with every namespace and
    /// `office:version`.
    func startRoot(_ root: String, on writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.startElement(root, prefix: "office", namespaceURI: Self.namespaces[0].uri)
        for namespace in Self.namespaces.dropFirst() {
            try writer.namespaceDeclaration(prefix: namespace.prefix, uri: namespace.uri)
        }
        try writer.attribute(qualified: "office:version", Self.version)
    }

    /// A whole part in memory: the root element `office:<root>`, then `body`.
    func part(_ root: String, body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        let writer = try XMLWriter()
        try startRoot(root, on: writer)
        try body(writer)
        try writer.endDocument()
        return try writer.bytes()
    }

    /// `meta.xml`: generator, title, creation date.
    func meta() throws -> [UInt8] {
        try part("document-meta") { writer in
            try writer.startElement(qualified: "office:meta")
            try writer.element(qualified: "meta:generator", text: XMLWriter.sanitized(document.generator))
            try writer.element(qualified: "dc:title", text: Self.clean(document.title))
            try writer.element(qualified: "meta:creation-date", text: XMLWriter.sanitized(document.created))
            try writer.element(qualified: "dc:date", text: XMLWriter.sanitized(document.created))
            try writer.endElement()
        }
    }

    /// `META-INF/manifest.xml`: the package, every XML part and every picture.
    func manifest() throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement(
            "manifest", prefix: "manifest", namespaceURI: "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
        )
        try writer.attribute(qualified: "manifest:version", Self.version)
        try writer.startElement(qualified: "manifest:file-entry")
        try writer.attribute(qualified: "manifest:full-path", "/")
        try writer.attribute(qualified: "manifest:version", Self.version)
        try writer.attribute(qualified: "manifest:media-type", ODTWriter.mediaType)
        try writer.endElement()
        let entries =
            ["content.xml", "styles.xml", "meta.xml"].map { ($0, "text/xml") }
            + document.images.map { ($0.path, $0.format.mediaType) }
        for (path, type) in entries {
            try writer.startElement(qualified: "manifest:file-entry")
            try writer.attribute(qualified: "manifest:full-path", path)
            try writer.attribute(qualified: "manifest:media-type", type)
            try writer.endElement()
        }
        try writer.endDocument()
        return try writer.bytes()
    }

    /// `office:font-face-decls` with the one font.
    func writeFontFaces(on writer: XMLWriter) throws {
        try writer.startElement(qualified: "office:font-face-decls")
        try writer.startElement(qualified: "style:font-face")
        try writer.attribute(qualified: "style:name", Self.font)
        try writer.attribute(qualified: "svg:font-family", "'\(Self.font)'")
        try writer.attribute(qualified: "style:font-family-generic", "roman")
        try writer.attribute(qualified: "style:font-pitch", "variable")
        try writer.endElement()
        try writer.endElement()
    }

    /// Text normalised to NFC with the characters XML forbids replaced.
    static func clean(_ text: String) -> String {
        XMLWriter.sanitized(text.precomposedStringWithCanonicalMapping)
    }

    /// A length in millimetres as ODF writes it: `12.5mm`.
    static func millimetres(_ value: Double) -> String { number(value) + "mm" }

    /// A size in points: `13pt`.
    static func points(_ value: Double) -> String { number(value) + "pt" }

    /// A number with at most two decimals and no trailing zeros.
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        guard fraction != 0 else { return sign + String(whole) }
        let digits =
            fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction)
        return sign + String(whole) + "." + digits
    }
}
