public import Interchange
public import Planning
import Store

/// Creates a plan file for a fair or conference: the event runs every day from the first to the
/// last with the same hours; a venue file, when given, is read (schema and venue rules) and kept
/// in the plan. An existing file is never overwritten.
public struct CreatePlan: Sendable {
    /// The new plan as typed.
    public struct Input: Sendable {
        /// The path of the new file (`*.fairplan`).
        public var path: String
        /// The event's official name.
        public var name: String
        /// Fair, conference or hybrid conference.
        public var kind: EventKind
        /// The organiser.
        public var organiser: String
        /// The host province as typed.
        public var province: String
        /// The first day as typed.
        public var from: String
        /// The last day as typed.
        public var to: String
        /// Opening time every day, as typed.
        public var opens = "08:00"
        /// Closing time every day, as typed.
        public var closes = "17:00"
        /// A venue file to read and keep, when given.
        public var venue: String?
        /// The event's identifier; made from the name when nil.
        public var eventID: String?

        /// A new plan at `path` for the event described.
        public init(
            path: String, name: String, kind: EventKind, organiser: String, province: String, from: String,
            to: String
        ) {
            self.path = path
            self.name = name
            self.kind = kind
            self.organiser = organiser
            self.province = province
            self.from = from
            self.to = to
        }
    }

    /// What was created.
    public struct Created: Sendable {
        /// The plan file's path.
        public var path: String
        /// The plan written.
        public var plan: Plan
        /// Warnings about the venue file.
        public var venueWarnings: [VenueProblem]
    }

    /// The longest event, in days.
    static let maximumDays = 31

    /// The use case.
    public init() {}

    /// Checks the input and creates the plan file in one transaction.
    public func run(_ input: Input) throws -> Created {
        guard input.path.hasSuffix(".\(PlanStore.fileExtension)") else {
            throw WorkflowError.invalidValue(.newPlan, value: input.path, expected: .planFileName)
        }
        let first = try WrittenValue.date(input.from, field: .from)
        let last = try WrittenValue.date(input.to, field: .to)
        let opens = try WrittenValue.time(input.opens, field: .opens)
        let closes = try WrittenValue.time(input.closes, field: .closes)
        guard first <= last, last.daysSince(first) < Self.maximumDays else {
            throw WorkflowError.invalidValue(
                .to, value: input.to, expected: .eventSpan(first: first, maximumDays: Self.maximumDays))
        }
        guard opens < closes else {
            throw WorkflowError.invalidValue(.closes, value: input.closes, expected: .closesAfter(opens))
        }
        let days = (0...last.daysSince(first)).map {
            EventDay(date: first.adding(days: $0), opens: opens, closes: closes)
        }
        let name = VietnameseText.normalized(input.name)
        try Registrar.checkLength(ofName: name, field: .name)
        try Registrar.checkLength(ofName: VietnameseText.normalized(input.organiser), field: .organiser)
        var maker = IdentifierMaker(taken: [])
        let event = Event(
            id: Identifier(input.eventID ?? maker.make(prefix: "sk", from: name)), name: name,
            kind: input.kind,
            organiser: VietnameseText.normalized(input.organiser),
            province: try WrittenValue.province(input.province, field: .province), days: days)
        var plan = Plan(event: event)
        var warnings: [VenueProblem] = []
        if let venuePath = input.venue {
            let read = try VenueReader.read(contentsOf: venuePath)
            plan.venue = read.venue
            warnings = read.warnings
        }
        let store = try PlanStore.create(at: input.path, plan: plan)
        try store.close()
        return Created(path: input.path, plan: plan, venueWarnings: warnings)
    }
}
