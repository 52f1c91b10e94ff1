public import Planning

/// Every error thrown by the Interchange module.
///
/// Each case is typed (files, lines, catalogue messages); ``text(_:)`` lists every problem on its
/// own line, file and line first, such as `venue.xml:12: Gian hàng A-03 chồng lấn gian hàng A-04`,
/// and `description` is the Vietnamese.
public enum InterchangeError: Error, Sendable, Hashable, CustomStringConvertible, Localizable {
    /// The file could not be read or parsed: not well-formed, empty, too large, with a DOCTYPE or
    /// an entity declaration (refused for safety), missing, or not a spreadsheet FairPlan reads;
    /// `reason` says which.
    case unreadable(file: String, line: Int, reason: InterchangeMessage)
    /// The file does not follow the venue schema (`Venues/venue.rng`); every violation is listed.
    case schemaViolation(file: String, problems: [VenueProblem])
    /// The file follows the schema but the venue it describes is wrong (overlapping booths, a booth
    /// outside its hall, a duplicate code, ...); every error is listed.
    case invalidVenue(file: String, problems: [VenueProblem])
    /// A resource shipped with the module (the schema or a bundled venue) could not be found.
    case resourceMissing(name: String)
    /// An output folder could not be created; `reason` is the system's message.
    case cannotCreateFolder(path: String, reason: String)
    /// An output file could not be written; `reason` is the system's message.
    case cannotWrite(path: String, reason: String)
    /// An output path (`--out`) that cannot be written as given: empty, or in a folder that does
    /// not exist (FairPlan creates only its own `Exports/` folders); `reason` says which.
    case badOutput(path: String, reason: InterchangeMessage)
    /// The export asked for cannot be made (a format that does not fit the list); `reason` says why.
    case unsupportedExport(InterchangeMessage)
    /// A text too long for a QR code even at version 40: `bytes` bytes (UTF-8; characters in the
    /// numeric and alphanumeric modes) where at most `limit` fit at the chosen correction level.
    case qrTextTooLong(bytes: Int, limit: Int)

    /// The problems listed by the error (one for an unreadable file or a missing resource).
    public var problems: [VenueProblem] {
        switch self {
        case .unreadable(let file, let line, let reason):
            [VenueProblem(file: file, line: line, message: reason)]
        case .schemaViolation(_, let problems), .invalidVenue(_, let problems):
            problems
        case .resourceMissing(let name):
            [VenueProblem(file: name, line: 0, message: .resourceMissing(name: name))]
        case .cannotCreateFolder(let path, let reason):
            [VenueProblem(file: path, line: 0, message: .cannotCreateFolder(reason: reason))]
        case .cannotWrite(let path, let reason):
            [VenueProblem(file: path, line: 0, message: .cannotWrite(reason: reason))]
        case .unsupportedExport(let reason):
            [VenueProblem(file: "fairplan", line: 0, message: reason)]
        case .badOutput(let path, let reason):
            [VenueProblem(file: path.isEmpty ? "--out" : path, line: 0, message: reason)]
        case .qrTextTooLong(let bytes, let limit):
            [VenueProblem(file: "QR", line: 0, message: .qrTextTooLong(bytes: bytes, limit: limit))]
        }
    }

    /// Every problem in `language`, one per line, as `file:line: message`.
    public func text(_ language: Language) -> String {
        problems.map { $0.text(language) }.joined(separator: "\n")
    }

    /// Every problem in Vietnamese, one per line.
    public var description: String { text(.vietnamese) }
}
