internal import LibXML

/// Writes the parts of an OpenDocument spreadsheet (meta, settings, styles, content) for a
/// workbook, shared by the packaged (`ODSWriter`) and flat (`FODSWriter`) writers.
///
/// Output is deterministic: it depends only on the workbook (including `metadata.created`).
/// Rows are pulled from each sheet's iterator as they are written, so the caller decides whether
/// the XML is streamed or kept in memory.
struct ODFPartWriter {
    /// The ODF media type of a spreadsheet.
    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"
    /// The ODF version written.
    static let version = "1.3"

    /// Namespace declarations (attribute and URI) written on every root element.
    static let namespaces: [(attribute: StaticString, uri: String)] = [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xmlns:number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
        ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:config", "urn:oasis:names:tc:opendocument:xmlns:config:1.0"),
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

    /// Starts the document and its root element (`office:document-content`, ...,
    /// `office:document` for a flat document) with every namespace and `office:version`.
    func startRoot(_ name: StaticString, on writer: ODFXMLWriter) throws {
        try writer.startDocument()
        try writer.start(name)
        for namespace in Self.namespaces {
            try writer.attr(namespace.attribute, namespace.uri)
        }
        if "\(name)" == "office:document" {
            try writer.attr("office:mimetype", Self.mediaType)
        }
        try writer.attr("office:version", Self.version)
    }

    /// Writes `office:meta`: generator, title, creation date.
    func writeMeta(on writer: ODFXMLWriter) throws {
        let metadata = workbook.metadata
        try writer.start("office:meta")
        try writer.leaf("meta:generator", text: XMLWriter.sanitized(metadata.generator))
        if let title = metadata.title {
            try writer.leaf("dc:title", text: XMLWriter.sanitized(title))
        }
        try writer.leaf("meta:creation-date", text: XMLWriter.sanitized(metadata.created))
        try writer.leaf("dc:date", text: XMLWriter.sanitized(metadata.created))
        try writer.end()
    }

    /// The distinct column widths' style name for a width.
    func columnStyleName(_ width: Double) -> String {
        "co" + String((columnWidths.firstIndex(of: width) ?? 0) + 1)
    }
}
