import Foundation
import LibXML

/// An XLSX package opened for reading: its ZIP archive (with `ZipReader`'s defences) and what
/// `_rels/.rels`, `xl/workbook.xml` and the workbook's relationships say: the sheets in tab order
/// with their parts, the date system, and where the styles and shared strings are.
struct XLSXPackage {
    /// One sheet of the workbook.
    struct SheetEntry: Hashable, Sendable {
        /// The tab's name, NFC.
        var name: String
        /// The worksheet part's entry name, e.g. `xl/worksheets/sheet1.xml`.
        var part: String
    }

    /// Relationship namespaces: transitional (Excel, LibreOffice, openpyxl) and strict.
    static let relationshipNamespaces = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]

    /// SpreadsheetML namespaces: transitional (Excel, LibreOffice, openpyxl) and strict. Elements
    /// are matched in these only: Excel's extensions reuse names (`x15:workbookPr`).
    static let mainNamespaces: Set<String> = [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ]

    /// The archive.
    let archive: ZipReader
    /// The file's name, used in errors.
    let fileName: String
    /// The sheets in tab order.
    private(set) var sheets: [SheetEntry] = []
    /// The workbook's date system.
    private(set) var dateSystem = XLSXDateSystem.windows1900
    /// The styles part, when the workbook has one.
    private(set) var stylesPart: String?
    /// The shared-strings part, when the workbook has one.
    private(set) var sharedStringsPart: String?

    /// Opens the package and reads its workbook part and relationships.
    ///
    /// - Throws: `SheetsError`: the archive's refusals, a missing workbook or worksheet part,
    ///   malformed XML.
    init(archive: ZipReader) throws {
        self.archive = archive
        fileName = archive.fileName
        let rootTargets = try relationships(of: "")
        let workbookPart =
            rootTargets.first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard entry(workbookPart) != nil else {
            throw SheetsError.missingEntry(file: fileName, entry: workbookPart)
        }
        let targets = try relationships(of: workbookPart)
        var byIdentifier: [String: String] = [:]
        for target in targets {
            byIdentifier[target.id] = target.target
            if target.type.hasSuffix("/styles") { stylesPart = target.target }
            if target.type.hasSuffix("/sharedStrings") { sharedStringsPart = target.target }
        }
        if stylesPart == nil, entry("xl/styles.xml") != nil { stylesPart = "xl/styles.xml" }
        if sharedStringsPart == nil, entry("xl/sharedStrings.xml") != nil {
            sharedStringsPart = "xl/sharedStrings.xml"
        }
        var declared: [(name: String, identifier: String)] = []
        var date1904 = false
        try parse(workbookPart) { xml, next in
            while try next() {
                guard xml.nodeType == .element, Self.mainNamespaces.contains(xml.namespaceURI ?? "") else {
                    continue
                }
                switch xml.localName {
                case "workbookPr":
                    let value = xml.attribute("date1904")?.lowercased()
                    date1904 = value == "1" || value == "true"
                case "sheet":
                    let identifier = Self.relationshipNamespaces.lazy.compactMap {
                        xml.attribute("id", namespaceURI: $0)
                    }.first
                    declared.append((xml.attribute("name") ?? "", identifier ?? ""))
                default:
                    break
                }
            }
        }
        dateSystem = date1904 ? .mac1904 : .windows1900
        sheets = try declared.map { sheet in
            guard let part = byIdentifier[sheet.identifier] else {
                throw SheetsError.missingEntry(
                    file: fileName, entry: "\(workbookPart) r:id=\(sheet.identifier)")
            }
            return SheetEntry(name: sheet.name.nfc, part: part)
        }
    }

    /// The archive's entry of a part name; exact first, then ignoring case (part names are
    /// case-insensitive).
    func entry(_ part: String) -> ZipReader.Entry? {
        archive.entry(named: part)
            ?? archive.entries.first { $0.name.caseInsensitiveCompare(part) == .orderedSame }
    }

    /// A relationship: identifier, type URI and the target as an entry name.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of a part (`""` for the package): internal targets resolved against the
    /// part's folder; none when the part has no `.rels`.
    private func relationships(of part: String) throws -> [Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
            separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/" + name + ".rels"
        guard entry(relsPart) != nil else { return [] }
        var result: [Relationship] = []
        try parse(relsPart) { xml, next in
            while try next() {
                guard xml.nodeType == .element, xml.localName == "Relationship",
                    xml.attribute("TargetMode")?.lowercased() != "external",
                    let id = xml.attribute("Id"), let target = xml.attribute("Target")
                else { continue }
                result.append(
                    Relationship(
                        id: id, type: xml.attribute("Type") ?? "", target: Self.resolve(target, in: folder)))
            }
        }
        return result
    }

    /// A relationship target as an entry name: `/xl/x.xml` from the package root, others from
    /// `folder`, with `.` and `..` segments applied.
    static func resolve(_ target: String, in folder: String) -> String {
        var segments: [Substring] = []
        let path = target.hasPrefix("/") ? target : (folder.isEmpty ? target : folder + "/" + target)
        for segment in path.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// Parses a part while it is inflated: `body` gets the reader and a `next` that moves it,
    /// with LibXML's errors as ``SheetsError/malformedXML(file:line:message:)`` naming the part.
    /// The entry is drained afterwards, so its size and CRC-32 are checked even if parsing
    /// stopped early.
    func parse<Result>(
        _ part: String, _ body: (XMLStreamReader, () throws -> Bool) throws -> Result
    ) throws -> Result {
        guard let found = entry(part) else {
            throw SheetsError.missingEntry(file: fileName, entry: part)
        }
        let source = "\(fileName)/\(found.name)"
        let stream = try archive.openEntry(found)
        let xml: XMLStreamReader
        do {
            xml = try XMLStreamReader(sourceName: source) { buffer in try stream.read(into: buffer) }
        } catch let error as LibXMLError {
            throw ODFTableReader.translate(error, fileName: source)
        }
        let next = {
            do {
                return try xml.read()
            } catch let error as LibXMLError {
                throw ODFTableReader.translate(error, fileName: source)
            }
        }
        let result = try body(xml, next)
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        while try scratch.withUnsafeMutableBytes({ try stream.read(into: $0) }) > 0 {}
        return result
    }
}
