public import Foundation
import LibXML
import Planning

/// Reads venue files (namespace `urn:fairplan:venue:1`, described in `Venues/README.md`).
///
/// Each read parses the file with LibXML's safe defaults (no DOCTYPE, no entities, no network),
/// validates it against `Venues/venue.rng` (every violation is reported), builds the Planning
/// `Venue` (expanding compact booth rows), then runs `PlanValidator().validateVenue`. Any error
/// is thrown as `InterchangeError`, listing the problems with their lines; warnings come back in
/// `VenueReadResult.warnings`.
///
/// Hostile or careless files cannot make it crash or run away: every number is read into its
/// range of ``Limits`` and the venue into its size (``VenueBuilder``); overlapping booths are
/// found in O(n log n) (``Venue/overlappingBooths(listing:)``), the first pairs listed and the
/// rest counted; at most ``Limits/maximumProblemsPerFile`` problems are listed, then how many
/// more there are. When more booths overlap than are listed, the other venue rules are checked
/// on the booths that overlap no booth before them (the venue is refused either way).
public enum VenueReader {
    /// The XML namespace of venue files.
    public static let namespace = "urn:fairplan:venue:1"

    /// Reads the venue file at `path`; diagnostics name the file as `path`.
    ///
    /// - Throws: `InterchangeError`.
    public static func read(contentsOf path: String) throws(InterchangeError) -> VenueReadResult {
        // Named in the organiser's words before any reader opens it (QA 41b #6).
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .unreadable(file: path, line: 0, reason: .fileNotFound)
        }
        if isFolder.boolValue {
            throw .unreadable(file: path, line: 0, reason: .cannotReadFile(detail: "Is a directory"))
        }
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
                problems: capped(
                    diagnostics.map {
                        VenueProblem(
                            file: file, line: $0.line, message: .venueSchemaViolation(detail: $0.message))
                    }, file: file))
        }
        var builder = VenueBuilder(file: file)
        let venue = builder.build(document.rootElement)
        let (findings, unlistedOverlaps) = venueFindings(venue)
        let problems = builder.problems + findings.map(builder.problem(for:))
        var errors = problems.filter { $0.severity == .error }.sorted { $0.line < $1.line }
        if unlistedOverlaps > 0 {
            errors.append(
                VenueProblem(
                    file: file, line: builder.venueLine,
                    message: .moreOverlappingBooths(count: unlistedOverlaps),
                    code: .overlappingBooths))
        }
        if !errors.isEmpty {
            throw .invalidVenue(file: file, problems: capped(errors, file: file))
        }
        return VenueReadResult(
            venue: venue, warnings: capped(problems.sorted { $0.line < $1.line }, file: file))
    }

    /// The venue rules' findings, overlapping booths found by the sweep of
    /// ``Venue/overlappingBooths(listing:)``, and how many overlapping pairs are not listed.
    ///
    /// When no more pairs overlap than are listed, `PlanValidator().validateVenue` checks the
    /// whole venue (its overlap rule finds the same pairs). Otherwise the validator checks the
    /// venue without the booths that overlap a booth before them, in which no two booths overlap,
    /// and the overlaps are the pairs listed by the sweep and a count of the others; so 2,000
    /// booths on one spot cost milliseconds, not two million findings.
    static func venueFindings(_ venue: Venue) -> (findings: [Finding], unlistedOverlaps: Int) {
        let overlaps = venue.overlappingBooths(listing: Limits.maximumOverlapsListed)
        guard overlaps.unlisted > 0 else { return (PlanValidator().validateVenue(venue), 0) }
        var checked = venue
        let dropped = Set(overlaps.overlappingEarlier)
        checked.booths = venue.booths.indices.filter { !dropped.contains($0) }.map { venue.booths[$0] }
        var findings = PlanValidator().validateVenue(checked).filter { $0.code != .overlappingBooths }
        for pair in overlaps.pairs {
            let first = venue.booths[pair.first]
            let second = venue.booths[pair.second]
            findings.append(
                Finding(
                    .error, .overlappingBooths, subject: .booth(first), related: [.booth(second)],
                    message: .overlappingBooths(booth: first.code, other: second.code)))
        }
        return (findings, overlaps.unlisted)
    }

    /// At most ``Limits/maximumProblemsPerFile`` problems, then one saying how many more there
    /// are.
    static func capped(_ problems: [VenueProblem], file: String) -> [VenueProblem] {
        let limit = Limits.maximumProblemsPerFile
        guard problems.count > limit else { return problems }
        return Array(problems.prefix(limit))
            + [VenueProblem(file: file, line: 0, message: .moreProblems(count: problems.count - limit))]
    }
}
