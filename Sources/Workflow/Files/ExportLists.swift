public import Interchange
public import Planning
import Store

/// Writes the planner's lists (attendees, products, exhibitors, programme, summary) of a plan file
/// or an embedded sample, in the language asked for: ODS and FODS put several lists in one
/// workbook, XML and CSV write one file per list, frab and iCalendar the programme.
public struct ExportLists: Sendable {
    /// The request.
    public struct Input: Sendable {
        /// The lists, in order.
        public var lists: [ListKind]
        /// The format.
        public var format: ExportFormat = .ods
        /// The output file (or folder for several files); under `Exports/` when nil.
        public var output: String?
        /// The attendee order.
        public var order: AttendeeOrder = .alphabetical
        /// Only this connection point's programme (frab, ics): identifier or name.
        public var point: String?
        /// The language of sheet names, headers and texts.
        public var language: Language = .default

        /// An export of `lists`.
        public init(lists: [ListKind]) {
            self.lists = lists
        }
    }

    /// What was written.
    public struct Written: Sendable {
        /// The files written.
        public var paths: [String]
        /// The sample used because the folder has no plan file, if any.
        public var fallbackSample: SamplePlan?
    }

    /// Where the plan comes from (a venue override is not used).
    let source: PlanSource

    /// The use case on a plan source.
    public init(source: PlanSource) {
        self.source = source
    }

    /// Writes the lists, stamped with `now` and FairPlan's `version`.
    public func run(_ input: Input, now: LocalDateTime, version: String) throws -> Written {
        let loaded = try source.load(defaultSample: .fair)
        let point = try input.point.map { text throws(PlanningError) in
            try PlanResolver(plan: loaded.plan).connectionPoint(text).id
        }
        let request = ExportRequest(
            plan: loaded.plan, lists: input.lists, format: input.format, output: input.output,
            attendeeOrder: input.order, connectionPoint: point, createdAt: now, version: version,
            language: input.language)
        return Written(paths: try Exporter.export(request), fallbackSample: loaded.fallbackSample)
    }
}
