import Foundation
public import Planning

/// A person's schedule as typed (`register person`, `edit person`): spans away and tag wishes on
/// the timeslots and rooms of their sessions; each field nil when not given.
public struct PersonScheduleInput: Hashable, Sendable {
    /// Spans the person cannot attend (`--unavailable "dd/mm/yyyy hh:mm-hh:mm"`, repeated).
    public var unavailable: [String]?
    /// Timeslot tags the person would like (`--prefer-timeslot-tag`).
    public var preferredTimeslotTags: [String]?
    /// Timeslot tags the person would rather avoid (`--avoid-timeslot-tag`).
    public var undesiredTimeslotTags: [String]?
    /// Room tags the person needs (`--require-room-tag`).
    public var requiredRoomTags: [String]?
    /// Room tags the person would like (`--prefer-room-tag`).
    public var preferredRoomTags: [String]?
    /// Room tags the person cannot have (`--prohibit-room-tag`).
    public var prohibitedRoomTags: [String]?
    /// Room tags the person would rather avoid (`--avoid-room-tag`).
    public var undesiredRoomTags: [String]?

    /// Nothing given.
    public init() {}

    /// The fields that may be cleared by `edit person --clear`.
    public static let clearable: [InputField] = [.unavailable, .timeslotTag, .roomTag]

    /// `schedule` with the fields given replaced and those in `clearing` emptied, each checked.
    func applied(to schedule: PersonSchedule, clearing: Clearing? = nil) throws(WorkflowError)
        -> PersonSchedule
    {
        func list(_ given: [String]?, _ stored: [String], _ field: InputField) throws(WorkflowError)
            -> [String]
        {
            try given.map { values throws(WorkflowError) in try GridLabels.list(values, field: field) }
                ?? stored
        }
        let slotGiven = preferredTimeslotTags != nil || undesiredTimeslotTags != nil
        let roomGiven = [requiredRoomTags, preferredRoomTags, prohibitedRoomTags, undesiredRoomTags]
            .contains { $0 != nil }
        try clearing?.check(.unavailable, given: unavailable != nil)
        try clearing?.check(.timeslotTag, given: slotGiven)
        try clearing?.check(.roomTag, given: roomGiven)
        var spans = clearing?.contains(.unavailable) == true ? [] : schedule.unavailable
        if let unavailable {
            spans = []
            for text in unavailable.flatMap({ $0.split(separator: ",").map(String.init) })
            where !text.trimmingCharacters(in: .whitespaces).isEmpty {
                spans.append(
                    try WrittenValue.range(text.trimmingCharacters(in: .whitespaces), field: .unavailable))
            }
            guard spans.count <= InputLimits.unavailableSpans else {
                throw .invalidValue(
                    .unavailable, value: unavailable.joined(separator: ", "),
                    expected: .integer(minimum: 0, maximum: InputLimits.unavailableSpans))
            }
        }
        let slots = clearing?.contains(.timeslotTag) == true ? TagRules() : schedule.timeslotTags
        let rooms = clearing?.contains(.roomTag) == true ? TagRules() : schedule.roomTags
        return PersonSchedule(
            unavailable: spans,
            timeslotTags: TagRules(
                preferred: try list(preferredTimeslotTags, slots.preferred, .timeslotTag),
                undesired: try list(undesiredTimeslotTags, slots.undesired, .timeslotTag)),
            roomTags: TagRules(
                required: try list(requiredRoomTags, rooms.required, .roomTag),
                preferred: try list(preferredRoomTags, rooms.preferred, .roomTag),
                prohibited: try list(prohibitedRoomTags, rooms.prohibited, .roomTag),
                undesired: try list(undesiredRoomTags, rooms.undesired, .roomTag)))
    }
}
