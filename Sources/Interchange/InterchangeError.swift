/// Every error thrown by the Interchange module.
///
/// `description` lists every problem on its own line, file and line first, such as
/// `venue.xml:12: Gian hàng A-03 chồng lấn gian hàng A-04`.
public enum InterchangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file could not be read or parsed: not well-formed, empty, too large, with a DOCTYPE or
    /// an entity declaration (refused for safety), or missing.
    case unreadable(file: String, line: Int, message: String)
    /// The file does not follow the venue schema (`Venues/venue.rng`); every violation is listed.
    case schemaViolation(file: String, problems: [VenueProblem])
    /// The file follows the schema but the venue it describes is wrong (overlapping booths, a booth
    /// outside its hall, a duplicate code, ...); every error is listed.
    case invalidVenue(file: String, problems: [VenueProblem])
    /// A resource shipped with the module (the schema or a bundled venue) could not be found.
    case resourceMissing(name: String)
    /// An output folder could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// An output file could not be written.
    case cannotWrite(path: String, reason: String)
    /// The export asked for cannot be made (a format that does not fit the list).
    case unsupportedExport(message: String)

    /// The problems listed by the error (one for an unreadable file or a missing resource).
    public var problems: [VenueProblem] {
        switch self {
        case .unreadable(let file, let line, let message):
            [VenueProblem(file: file, line: line, message: message)]
        case .schemaViolation(_, let problems), .invalidVenue(_, let problems):
            problems
        case .resourceMissing(let name):
            [
                VenueProblem(
                    file: name, line: 0, message: "Thiếu tệp tài nguyên «\(name)» (resource missing).")
            ]
        case .cannotCreateFolder(let path, let reason):
            [
                VenueProblem(
                    file: path, line: 0, message: "Không tạo được thư mục: \(reason) (cannot create folder).")
            ]
        case .cannotWrite(let path, let reason):
            [VenueProblem(file: path, line: 0, message: "Không ghi được tệp: \(reason) (cannot write).")]
        case .unsupportedExport(let message):
            [VenueProblem(file: "fairplan export", line: 0, message: message)]
        }
    }

    /// Every problem, one per line, as `file:line: message`.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
