import ArgumentParser
import Workflow

/// A session's timeslot-grid options, shared by `register session` and `edit session`.
struct SessionProfileOptions: ParsableArguments {
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.theme))) var theme: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.sector))) var sector: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.audienceType))) var audienceType: [String] = []
    @Option(help: ArgumentHelp(.grid(.level))) var level: Int?
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.content))) var content: [String] = []
    @Option(help: ArgumentHelp(.grid(.language))) var language: String?
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.requireRoomTag))) var requireRoomTag: [String] =
        []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.preferRoomTag))) var preferRoomTag: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.prohibitRoomTag))) var prohibitRoomTag:
        [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.avoidRoomTag))) var avoidRoomTag: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.exclusiveTag))) var exclusiveTag: [String] = []
    @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: ArgumentHelp(.grid(.crowdRisk)))
    var crowdRisk: Bool?

    /// The profile as the use cases take it; options not given stay nil.
    var input: SessionProfileInput {
        var input = SessionProfileInput()
        func given(_ values: [String]) -> [String]? { values.isEmpty ? nil : values }
        input.themes = given(theme)
        input.sectors = given(sector)
        input.audiences = given(audienceType)
        input.level = level
        input.content = given(content)
        input.language = language
        input.requiredRoomTags = given(requireRoomTag)
        input.preferredRoomTags = given(preferRoomTag)
        input.prohibitedRoomTags = given(prohibitRoomTag)
        input.undesiredRoomTags = given(avoidRoomTag)
        input.exclusiveTags = given(exclusiveTag)
        input.crowdRisk = crowdRisk
        return input
    }
}
