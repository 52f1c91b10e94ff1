public import Foundation
import LibXML

/// Reads a flat OpenDocument spreadsheet (`.fods`, one XML file) into a `ReadWorkbook`.
///
/// Streams the document, so memory grows with the cells kept, not with the file.
public enum FODSReader {
    /// Reads a `.fods` file.
    ///
    /// - Parameter path: Path of the file; errors name its last component.
    /// - Throws: `SheetsError` for unreadable files, malformed XML and invalid cells.
    public static func read(contentsOf path: String) throws -> ReadWorkbook {
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let xml: XMLStreamReader
        do {
            xml = try XMLStreamReader(contentsOfFile: path, sourceName: fileName)
        } catch LibXMLError.io(_, let message) {
            throw SheetsError.io(file: fileName, message: message)
        } catch let error as LibXMLError {
            throw ODFTableReader.translate(error, fileName: fileName)
        }
        return try read(xml, fileName: fileName)
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
