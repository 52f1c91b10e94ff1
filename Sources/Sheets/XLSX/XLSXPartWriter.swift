internal import LibXML

/// Writes the parts of an Office Open XML spreadsheet package (SpreadsheetML, transitional, as
/// Excel writes it) for a workbook through libxml2's `xmlTextWriter` (`LibXML.XMLWriter`, its
/// literal-name fast path): the content types, relationships, document properties, workbook,
/// styles and, sheet by sheet, the worksheet and the comments on its header (a `comments` part
/// and the VML drawing Excel needs to show them).
///
/// Output is deterministic: it depends only on the workbook (including `metadata.created`).
struct XLSXPartWriter {
    /// The SpreadsheetML namespace (transitional).
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    /// The relationships namespace used by `r:id` attributes.
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The namespace of `.rels` parts.
    static let packageRelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// The namespace of `[Content_Types].xml`.
    static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
    /// The relationship type URIs' common start.
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    /// The content types' common start.
    static let contentType = "application/vnd.openxmlformats-officedocument."

    /// The workbook written.
    let workbook: Workbook
    /// The file name used in error messages.
    let fileName: String
    /// The sheets' names, checked and in NFC.
    let sheetNames: [String]
    /// Whether body rows are built as markup (``XLSXRowMarkup``, the fast path) rather than
    /// element by element through `XMLWriter`; both give the same bytes (tests turn it off to
    /// compare them).
    var rowsAsMarkup = true

    /// Prepares a writer for `workbook`, checking its sheet names against Excel's rules.
    ///
    /// - Throws: ``SheetsError/invalidSheetName(file:sheet:reason:)``,
    ///   ``SheetsError/invalidValidation(file:sheet:column:reason:)``.
    init(workbook: Workbook, fileName: String) throws {
        self.workbook = workbook
        self.fileName = fileName
        sheetNames = try XLSXSheetNames.checked(workbook.sheets, file: fileName)
        try Self.checkValidations(workbook.sheets, file: fileName)
    }

    /// Whether sheet `index` has notes on its header (then it gets comments and a VML drawing).
    func hasNotes(_ index: Int) -> Bool {
        workbook.sheets[index].columns.contains { !($0.note ?? "").isEmpty }
    }

    /// The worksheet part of sheet `index` (0-based): `xl/worksheets/sheet1.xml`, ...
    static func worksheetPath(_ index: Int) -> String { "xl/worksheets/sheet\(index + 1).xml" }

    /// A whole part written to memory: the XML declaration (`standalone="yes"`, as Excel), then
    /// `body`, which writes the root element.
    static func part(_ body: (XMLWriter) throws -> Void) throws -> [UInt8] {
        let writer = try XMLWriter()
        try writer.startDocument(standalone: true)
        try body(writer)
        try writer.endDocument()
        return try writer.bytes()
    }

    /// Starts a SpreadsheetML root element with the `r` prefix declared.
    static func startRoot(_ name: String, on writer: XMLWriter) throws {
        try writer.startElement(name, namespaceURI: mainNamespace)
        try writer.namespaceDeclaration(prefix: "r", uri: relationshipsNamespace)
    }

    /// `[Content_Types].xml`: the defaults for `.rels`, `.xml` and `.vml`, and every part.
    func contentTypes() throws -> [UInt8] {
        try Self.part { writer in
            try writer.startElement("Types", namespaceURI: Self.contentTypesNamespace)
            try Self.typeDefault(
                "rels", "application/vnd.openxmlformats-package.relationships+xml", on: writer)
            try Self.typeDefault("xml", "application/xml", on: writer)
            try Self.typeDefault("vml", Self.contentType + "vmlDrawing", on: writer)
            try Self.typeOverride(
                "/xl/workbook.xml", Self.contentType + "spreadsheetml.sheet.main+xml", on: writer)
            for index in workbook.sheets.indices {
                try Self.typeOverride(
                    "/" + Self.worksheetPath(index), Self.contentType + "spreadsheetml.worksheet+xml",
                    on: writer)
                if hasNotes(index) {
                    try Self.typeOverride(
                        "/xl/comments\(index + 1).xml", Self.contentType + "spreadsheetml.comments+xml",
                        on: writer)
                }
            }
            try Self.typeOverride("/xl/styles.xml", Self.contentType + "spreadsheetml.styles+xml", on: writer)
            try Self.typeOverride(
                "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml", on: writer
            )
            try Self.typeOverride(
                "/docProps/app.xml", Self.contentType + "extended-properties+xml", on: writer)
            try writer.endElement()
        }
    }

    private static func typeDefault(_ fileExtension: String, _ type: String, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "Default")
        try writer.attribute(qualified: "Extension", fileExtension)
        try writer.attribute(qualified: "ContentType", type)
        try writer.endElement()
    }

    private static func typeOverride(_ partName: String, _ type: String, on writer: XMLWriter) throws {
        try writer.startElement(qualified: "Override")
        try writer.attribute(qualified: "PartName", partName)
        try writer.attribute(qualified: "ContentType", type)
        try writer.endElement()
    }

    /// A relationships part (`.rels`) with `rId1`, `rId2`, ... for the (type, target) pairs.
    static func relationships(_ targets: [(type: String, target: String)]) throws -> [UInt8] {
        try part { writer in
            try writer.startElement("Relationships", namespaceURI: packageRelationshipsNamespace)
            for (index, relationship) in targets.enumerated() {
                try writer.startElement(qualified: "Relationship")
                try writer.attribute(qualified: "Id", "rId\(index + 1)")
                try writer.attribute(qualified: "Type", relationship.type)
                try writer.attribute(qualified: "Target", relationship.target)
                try writer.endElement()
            }
            try writer.endElement()
        }
    }

    /// `_rels/.rels`: the workbook and the two property parts.
    static func rootRelationships() throws -> [UInt8] {
        try relationships([
            (relationshipType + "officeDocument", "xl/workbook.xml"),
            (
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml"
            ),
            (relationshipType + "extended-properties", "docProps/app.xml"),
        ])
    }

    /// `xl/_rels/workbook.xml.rels`: the worksheets (`rId1`… in order), then the styles.
    func workbookRelationships() throws -> [UInt8] {
        var targets = workbook.sheets.indices.map { index in
            (type: Self.relationshipType + "worksheet", target: "worksheets/sheet\(index + 1).xml")
        }
        targets.append((Self.relationshipType + "styles", "styles.xml"))
        return try Self.relationships(targets)
    }

    /// `xl/worksheets/_rels/sheetN.xml.rels` of a sheet with notes: its comments (`rId1`) and
    /// their VML drawing (`rId2`).
    static func worksheetRelationships(_ index: Int) throws -> [UInt8] {
        try relationships([
            (relationshipType + "comments", "../comments\(index + 1).xml"),
            (relationshipType + "vmlDrawing", "../drawings/vmlDrawing\(index + 1).vml"),
        ])
    }

    /// `docProps/core.xml`: the title and the creation time.
    func coreProperties() throws -> [UInt8] {
        let metadata = workbook.metadata
        return try Self.part { writer in
            try writer.startElement(
                "coreProperties", prefix: "cp",
                namespaceURI: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
            try writer.namespaceDeclaration(prefix: "dc", uri: "http://purl.org/dc/elements/1.1/")
            try writer.namespaceDeclaration(prefix: "dcterms", uri: "http://purl.org/dc/terms/")
            try writer.namespaceDeclaration(prefix: "xsi", uri: "http://www.w3.org/2001/XMLSchema-instance")
            if let title = metadata.title {
                try writer.element(qualified: "dc:title", text: XMLWriter.sanitized(title.nfc))
            }
            let stamp = Self.w3cTimestamp(metadata.created)
            for name: StaticString in ["dcterms:created", "dcterms:modified"] {
                try writer.startElement(qualified: name)
                try writer.attribute(qualified: "xsi:type", "dcterms:W3CDTF")
                try writer.text(stamp)
                try writer.endElement()
            }
            try writer.endElement()
        }
    }

    /// A W3CDTF timestamp: the ISO 8601 creation time with a zone (`Z` added when it has none).
    static func w3cTimestamp(_ created: String) -> String {
        let clean = XMLWriter.sanitized(created)
        guard clean.contains("T") else { return clean }
        let time = clean.split(separator: "T", maxSplits: 1).last ?? ""
        return time.contains("Z") || time.contains("+") || time.contains("-") ? clean : clean + "Z"
    }

    /// `docProps/app.xml`: the generator as the application.
    func extendedProperties() throws -> [UInt8] {
        try Self.part { writer in
            try writer.startElement(
                "Properties",
                namespaceURI: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")
            try writer.element(
                qualified: "Application", text: XMLWriter.sanitized(workbook.metadata.generator))
            try writer.endElement()
        }
    }

    /// `xl/workbook.xml`: the sheets in order (the first one active), the hidden
    /// `_xlnm._FilterDatabase` name of every sheet with an autofilter, which Excel keeps beside
    /// the sheet's `autoFilter`, and the `_xlnm.Print_Titles` of every sheet whose header rows
    /// repeat on every printed page.
    ///
    /// - Parameter bodyRows: The number of body rows written for each sheet.
    func workbookPart(bodyRows: [Int]) throws -> [UInt8] {
        try Self.part { writer in
            try Self.startRoot("workbook", on: writer)
            try writer.startElement(qualified: "workbookPr")
            try writer.endElement()
            try writer.startElement(qualified: "bookViews")
            try writer.startElement(qualified: "workbookView")
            try writer.attribute(qualified: "activeTab", integer: 0)
            try writer.endElement()
            try writer.endElement()
            try writer.startElement(qualified: "sheets")
            for (index, name) in sheetNames.enumerated() {
                try writer.startElement(qualified: "sheet")
                try writer.attribute(qualified: "name", name)
                try writer.attribute(qualified: "sheetId", integer: index + 1)
                try writer.attribute(qualified: "r:id", "rId\(index + 1)")
                try writer.endElement()
            }
            try writer.endElement()
            let filtered = workbook.sheets.indices.filter { workbook.sheets[$0].autoFilter }
            let titled = workbook.sheets.indices.compactMap { index in printTitles(index).map { (index, $0) }
            }
            if !filtered.isEmpty || !titled.isEmpty {
                try writer.startElement(qualified: "definedNames")
                for index in filtered {
                    try writer.startElement(qualified: "definedName")
                    try writer.attribute(qualified: "name", "_xlnm._FilterDatabase")
                    try writer.attribute(qualified: "localSheetId", integer: index)
                    try writer.attribute(qualified: "hidden", integer: 1)
                    let range = filterRange(index, bodyRows: bodyRows[index], absolute: true)
                    try writer.text("'" + sheetNames[index].replacingApostrophes() + "'!" + range)
                    try writer.endElement()
                }
                for (index, titles) in titled {
                    try writer.startElement(qualified: "definedName")
                    try writer.attribute(qualified: "name", "_xlnm.Print_Titles")
                    try writer.attribute(qualified: "localSheetId", integer: index)
                    try writer.text(titles)
                    try writer.endElement()
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
    }

    /// The range an autofilter covers: the header row and the body rows, every column
    /// (`A2:I5`, or `$A$2:$I$5`).
    func filterRange(_ index: Int, bodyRows: Int, absolute: Bool) -> String {
        let sheet = workbook.sheets[index]
        let first = sheet.headerRowIndex + 1
        let last = first + bodyRows
        let column = SheetsMessage.columnLetter(max(1, sheet.columns.count))
        return absolute ? "$A$\(first):$\(column)$\(last)" : "A\(first):\(column)\(last)"
    }

    /// `xl/styles.xml`.
    static func styles() throws -> [UInt8] {
        try part { writer in
            try writer.startElement("styleSheet", namespaceURI: mainNamespace)
            try XLSXStyle.writeStylesheet(on: writer)
            try writer.endElement()
        }
    }

    /// LibXML's writer errors as Sheets errors naming `file` (other errors pass unchanged).
    static func translatingWriterErrors<Result>(file: String, _ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as LibXMLError {
            throw SheetsError(writing: error, file: file)
        }
    }
}

extension String {
    /// The string with every apostrophe doubled, as a quoted sheet name in a formula wants it.
    fileprivate func replacingApostrophes() -> String {
        var result = ""
        for character in self {
            result.append(character)
            if character == "'" { result.append("'") }
        }
        return result
    }
}
