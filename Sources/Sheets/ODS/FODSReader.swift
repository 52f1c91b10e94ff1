public import Foundation
import LibXML

/// Reads a flat OpenDocument spreadsheet (`.fods`, one XML file) into a `ReadWorkbook`, or
/// streams its rows (`forEachRow`).
///
/// Streams the document, so memory grows with the cells kept, not with the file.
public enum FODSReader {
    /// Reads a `.fods` file.
    ///
    /// - Parameter path: Path of the file; errors name its last component.
    /// - Throws: `SheetsError` for unreadable files, malformed XML and invalid cells.
    public static func read(contentsOf path: String) throws -> ReadWorkbook {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        return try read(try open(path, fileName: fileName), fileName: fileName)
    }

    /// Streams the non-empty rows of a `.fods` file to `body`, one at a time, keeping none.
    ///
    /// Same rules as `ODSReader.forEachRow`: file order, a repeated row once per repetition,
    /// no workbook-wide cell limit; throw from `body` to stop early.
    ///
    /// - Parameters:
    ///   - path: Path of the file; errors name its last component.
    ///   - body: Called with each row.
    /// - Throws: `SheetsError` as for `read`, or `body`'s error.
    public static func forEachRow(contentsOf path: String, _ body: (ReadRow) throws -> Void) throws {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        var reader = ODFTableReader(fileName: fileName, xml: try open(path, fileName: fileName))
        try reader.readTables(limitingCells: false, sheet: { _ in }, row: body)
    }

    private static func open(_ path: String, fileName: String) throws -> XMLStreamReader {
        do {
            return try XMLStreamReader(contentsOfFile: path, sourceName: fileName)
        } catch LibXMLError.io(_, let message) {
            throw SheetsError.io(file: fileName, message: message)
        } catch let error as LibXMLError {
            throw ODFTableReader.translate(error, fileName: fileName)
        }
    }

    /// Reads a flat document from bytes in memory.
    ///
    /// - Parameters:
    ///   - data: The document bytes.
    ///   - fileName: Name used in errors and in the result.
    public static func read(data: some ContiguousBytes, fileName: String) throws -> ReadWorkbook {
        let xml: XMLStreamReader
        do {
            xml = try XMLStreamReader(data: data, sourceName: fileName)
        } catch let error as LibXMLError {
            throw ODFTableReader.translate(error, fileName: fileName)
        }
        return try read(xml, fileName: fileName)
    }

    private static func read(_ xml: XMLStreamReader, fileName: String) throws -> ReadWorkbook {
        var reader = ODFTableReader(fileName: fileName, xml: xml)
        let sheets = try reader.readSheets()
        return ReadWorkbook(fileName: fileName, sheets: sheets)
    }
}
