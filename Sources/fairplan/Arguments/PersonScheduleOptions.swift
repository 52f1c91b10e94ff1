import ArgumentParser
import Workflow

/// A person's timeslot-grid options, shared by `register person` and `edit person`.
struct PersonScheduleOptions: ParsableArguments {
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.unavailable))) var unavailable: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.preferTimeslotTag))) var preferTimeslotTag:
        [String] =
            []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.avoidTimeslotTag))) var avoidTimeslotTag:
        [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.requireRoomTag))) var requireRoomTag: [String] =
        []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.preferRoomTag))) var preferRoomTag: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.prohibitRoomTag))) var prohibitRoomTag:
        [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp(.grid(.avoidRoomTag))) var avoidRoomTag: [String] = []

    /// The schedule as the use cases take it; options not given stay nil.
    var input: PersonScheduleInput {
        var input = PersonScheduleInput()
        func given(_ values: [String]) -> [String]? { values.isEmpty ? nil : values }
        input.unavailable = given(unavailable)
        input.preferredTimeslotTags = given(preferTimeslotTag)
        input.undesiredTimeslotTags = given(avoidTimeslotTag)
        input.requiredRoomTags = given(requireRoomTag)
        input.preferredRoomTags = given(preferRoomTag)
        input.prohibitedRoomTags = given(prohibitRoomTag)
        input.undesiredRoomTags = given(avoidRoomTag)
        return input
    }
}
