public import Interchange
public import Planning

/// Checks venue files (schema, then venue rules); one bad file does not stop the others.
public struct CheckVenues: Sendable {
    /// One file's result.
    public struct FileCheck: Sendable {
        /// The file.
        public var file: String
        /// The venue and its warnings when valid.
        public var venue: Venue?
        /// Warnings (valid file) or every problem (invalid file), each with its line.
        public var problems: [VenueProblem]

        /// Whether the file has errors.
        public var failed: Bool { venue == nil }
    }

    /// The use case.
    public init() {}

    /// Checks every file.
    public func run(files: [String]) -> [FileCheck] {
        files.map { file in
            do {
                let read = try VenueReader.read(contentsOf: file)
                return FileCheck(file: file, venue: read.venue, problems: read.warnings)
            } catch let error as InterchangeError {
                return FileCheck(file: file, venue: nil, problems: error.problems)
            } catch {
                return FileCheck(
                    file: file, venue: nil,
                    problems: [VenueProblem(file: file, line: 0, severity: .error, message: "\(error)")])
            }
        }
    }
}
