import Foundation
import LibXML

/// Streams a ZIP package (ODS, XLSX) to a sink: a package is finished by patching sizes into
/// headers already written, so it is first written to a temporary file (in the system's
/// temporary folder, removed afterwards and on SIGINT/SIGTERM), then copied to the sink in chunks
/// of up to 64 KiB.
enum PackageStream {
    /// Writes the package with `write` to a temporary file named with `fileExtension`, then hands
    /// its bytes to `sink`; each buffer is valid only during the call.
    ///
    /// - Throws: `SheetsError`, or what `sink` throws.
    static func copy(
        fileExtension: String, write: (String) throws -> Void,
        to sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("fairplan-\(UUID().uuidString).\(fileExtension)").path
        try write(path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: ODSWriter.contentChunkSize), !chunk.isEmpty {
                try chunk.withUnsafeBytes { try sink($0) }
            }
        } catch let error as SheetsError {
            throw error
        } catch let error as LibXMLError {
            throw SheetsError(writing: error)
        } catch let error as CocoaError {
            throw SheetsError.io(file: path, message: error.localizedDescription)
        }
    }
}
