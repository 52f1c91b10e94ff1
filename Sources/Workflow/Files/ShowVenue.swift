public import Interchange
public import Planning

/// Reads a venue and writes its floor plan as SVG (under `Exports/` by default).
public struct ShowVenue: Sendable {
    /// What was shown.
    public struct Shown: Sendable {
        /// The venue read.
        public var venue: Venue
        /// Its warnings.
        public var warnings: [VenueProblem]
        /// The floor plan written.
        public var svgPath: String
    }

    /// The use case.
    public init() {}

    /// Reads `file` and writes its floor plan to `svgPath` (`Exports/<venue id>.svg` when nil),
    /// its legend in `language`.
    public func run(file: String, svgPath: String?, language: Language) throws -> Shown {
        let read = try VenueReader.read(contentsOf: file)
        let path = try ExportLocation.path(
            explicit: svgPath, name: "\(read.venue.id.rawValue).svg", option: "--svg")
        try SVGWriter.write(FloorPlanRenderer(language: language).drawing(of: read.venue), toFile: path)
        return Shown(venue: read.venue, warnings: read.warnings, svgPath: path)
    }
}
