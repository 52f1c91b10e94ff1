internal import LibXML

/// Writes the parts of an OpenDocument spreadsheet (meta, settings, styles, content) for a
/// workbook through libxml2's `xmlTextWriter` (`LibXML.XMLWriter`, its literal-name fast path),
/// shared by the packaged (`ODSWriter`) and flat (`FODSWriter`) writers.
///
/// Output is deterministic: it depends only on the workbook (including `metadata.created`).
/// Rows are pulled from each sheet's iterator as they are written, so the caller decides whether
/// the XML is streamed or kept in memory.
struct ODFPartWriter {
    /// The ODF media type of a spreadsheet.
    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"
    /// The ODF version written.
    static let version = "1.3"

    /// Namespaces (prefix and URI) declared on every root element, `office` first.
    static let namespaces: [(prefix: String, uri: String)] = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
        // The OpenFormula prefix of validation conditions (`of:cell-content-is-in-list`), which
        // LibreOffice resolves through its declaration.
        ("of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"),
    ]

    /// The workbook written.
    let workbook: Workbook
    /// The file name used in error messages.
    let fileName: String
    /// The distinct column widths, in order of first use; column style `co<n>` is index n - 1.
    let columnWidths: [Double]

    /// Prepares a writer for `workbook`.
    init(workbook: Workbook, fileName: String) {
        self.workbook = workbook
        self.fileName = fileName
        var widths: [Double] = []
        for sheet in workbook.sheets {
            for column in sheet.columns where !widths.contains(column.widthCentimetres) {
                widths.append(column.widthCentimetres)
            }
        }
        columnWidths = widths
    }

    /// Starts the document and its root element `office:<root>` (`document-content`, ...,
    /// `document` for a flat document) with every namespace and `office:version`.
    func startRoot(_ root: String, on writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.startElement(root, prefix: "office", namespaceURI: Self.namespaces[0].uri)
        for namespace in Self.namespaces.dropFirst() {
            try writer.namespaceDeclaration(prefix: namespace.prefix, uri: namespace.uri)
        }
        if root == "document" {
            try writer.attribute(qualified: "office:mimetype", Self.mediaType)
        }
        try writer.attribute(qualified: "office:version", Self.version)
    }

    /// Writes `office:meta`: generator, title, creation date.
    func writeMeta(on writer: XMLWriter) throws {
        let metadata = workbook.metadata
        try writer.startElement(qualified: "office:meta")
        try writer.element(qualified: "meta:generator", text: XMLWriter.sanitized(metadata.generator))
        if let title = metadata.title {
            try writer.element(qualified: "dc:title", text: XMLWriter.sanitized(title))
        }
        try writer.element(qualified: "meta:creation-date", text: XMLWriter.sanitized(metadata.created))
        try writer.element(qualified: "dc:date", text: XMLWriter.sanitized(metadata.created))
        try writer.endElement()
    }

    /// Writes an empty element with attributes.
    static func emptyElement(
        on writer: XMLWriter, _ name: StaticString, _ attributes: KeyValuePairs<StaticString, String> = [:]
    ) throws {
        try writer.startElement(qualified: name)
        for (attribute, value) in attributes {
            try writer.attribute(qualified: attribute, value)
        }
        try writer.endElement()
    }

    /// Writes a day attribute, `2026-12-16` (formatted in place for years 0–9999).
    static func dateAttribute(_ name: StaticString, _ date: SheetDate, on writer: XMLWriter) throws {
        if (0...9999).contains(date.year) {
            try writer.attribute(qualified: name, year: date.year, month: date.month, day: date.day)
        } else {
            try writer.attribute(qualified: name, date.description)
        }
    }

    /// A whole part written to memory: the root element `office:<root>`, then `body`.
    func part(_ root: String, body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        let writer = try XMLWriter()
        try startRoot(root, on: writer)
        try body(writer)
        try writer.endDocument()
        return try writer.bytes()
    }

    /// LibXML's writer errors as Sheets errors naming `file` (other errors pass unchanged).
    static func translatingWriterErrors<Result>(file: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as LibXMLError {
            throw SheetsError(writing: error, file: file)
        }
    }

    /// The distinct column widths' style name for a width.
    func columnStyleName(_ width: Double) -> String {
        "co" + String((columnWidths.firstIndex(of: width) ?? 0) + 1)
    }
}
