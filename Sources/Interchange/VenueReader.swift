public import Foundation
import LibXML
import Planning

/// Reads venue files (namespace `urn:fairplan:venue:1`, described in `Venues/README.md`).
///
/// Each read parses the file with LibXML's safe defaults (no DOCTYPE, no entities, no network),
/// validates it against `Venues/venue.rng` (every violation is reported), builds the Planning
/// `Venue` (expanding compact booth rows), then runs `PlanValidator().validateVenue`. Any error
/// is thrown as `InterchangeError`, listing every problem with its line; warnings come back in
/// `VenueReadResult.warnings`.
public enum VenueReader {
    /// The XML namespace of venue files.
    public static let namespace = "urn:fairplan:venue:1"

    /// Reads the venue file at `path`; diagnostics name the file as `path`.
    ///
    /// - Throws: `InterchangeError`.
    public static func read(contentsOf path: String) throws(InterchangeError) -> VenueReadResult {
        let document: XMLDocument
        do {
            document = try XMLDocument(contentsOfFile: path, sourceName: path)
        } catch let error as LibXMLError {
            throw InterchangeError(error, file: path)
        } catch {
            throw .unreadable(file: path, line: 0, reason: .cannotReadFile(detail: "\(error)"))
        }
        return try read(document, file: path)
    }

    /// Reads a venue file held in memory (`Data`, `[UInt8]`, ...).
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - sourceName: The name used in problems, such as the file name.
    /// - Throws: `InterchangeError`.
    public static func read(
        data: some ContiguousBytes, sourceName: String
    ) throws(InterchangeError) -> VenueReadResult {
        let document: XMLDocument
        do {
            document = try XMLDocument(data: data, sourceName: sourceName)
        } catch let error as LibXMLError {
            throw InterchangeError(error, file: sourceName)
        } catch {
            throw .unreadable(file: sourceName, line: 0, reason: .cannotReadFile(detail: "\(error)"))
        }
        return try read(document, file: sourceName)
    }

    /// The names (without `.xml`) of the venues shipped with the module, sorted.
    public static func bundled() -> [String] {
        guard let folder = VenueResources.venuesFolder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Reads a venue shipped with the module, by a name from `bundled()`.
    ///
    /// - Throws: `InterchangeError.resourceMissing` for an unknown name, otherwise as `read`.
    public static func loadBundled(named name: String) throws(InterchangeError) -> VenueReadResult {
        guard bundled().contains(name), let folder = VenueResources.venuesFolder else {
            throw .resourceMissing(name: name + ".xml")
        }
        let url = folder.appendingPathComponent(name + ".xml")
        guard let data = try? Data(contentsOf: url) else { throw .resourceMissing(name: name + ".xml") }
        return try read(data: data, sourceName: name + ".xml")
    }

    /// Validates a parsed document, builds the venue and checks it.
    static func read(_ document: XMLDocument, file: String) throws(InterchangeError) -> VenueReadResult {
        let schema = try VenueResources.schema.get()
        let diagnostics = schema.validate(document).filter { $0.severity != .warning }
        if !diagnostics.isEmpty {
            throw .schemaViolation(
                file: file,
                problems: diagnostics.map {
                    VenueProblem(
                        file: file, line: $0.line, message: .venueSchemaViolation(detail: $0.message))
                })
        }
        var builder = VenueBuilder(file: file)
        let venue = builder.build(document.rootElement)
        let findings = PlanValidator().validateVenue(venue)
        let problems = builder.problems + findings.map(builder.problem(for:))
        let errors = problems.filter { $0.severity == .error }
        if !errors.isEmpty {
            throw .invalidVenue(file: file, problems: errors.sorted { $0.line < $1.line })
        }
        return VenueReadResult(venue: venue, warnings: problems.sorted { $0.line < $1.line })
    }
}
