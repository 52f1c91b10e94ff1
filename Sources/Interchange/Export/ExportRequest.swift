public import Planning

/// What to export: lists of a plan, in a format, to a path.
public struct ExportRequest: Sendable {
    /// The plan exported, as the lists should show it (the caller puts a published booth plan or
    /// programme in it when that is what is exported).
    public var plan: Plan
    /// The lists, in order; several lists go into one workbook (ODS, FODS) or one file each.
    public var lists: [ListKind]
    /// The format.
    public var format: ExportFormat
    /// The output path (a file, or a folder for several files); under `Exports/` when nil.
    public var output: String?
    /// The attendee list's order.
    public var attendeeOrder: AttendeeOrder
    /// Only this connection point's programme (frab, ics), when set.
    public var connectionPoint: Identifier<ConnectionPoint>?
    /// The time the export is made (document metadata, calendar stamps), local time.
    public var createdAt: LocalDateTime
    /// FairPlan's version, written as the generator.
    public var version: String
    /// The published programme version the plan's sessions come from (frab's `<version>`), or nil
    /// when the working plan is exported (a draft).
    public var programmeVersion: Int?
    /// The language of sheet names, titles, headers and worded cells.
    public var language: Language
    /// Only parties with this registration status in the exhibitors list, when set.
    public var partyStatus: RegistrationStatus?
    /// Where the attendee and product lists and the summary's counts get the registry's entries
    /// (``PlanLists/source``); from ``plan`` when nil.
    public var source: (any ListRowSource)?

    /// Creates a request.
    public init(
        plan: Plan, lists: [ListKind], format: ExportFormat, output: String? = nil,
        attendeeOrder: AttendeeOrder = .alphabetical, connectionPoint: Identifier<ConnectionPoint>? = nil,
        createdAt: LocalDateTime, version: String, programmeVersion: Int? = nil, language: Language,
        partyStatus: RegistrationStatus? = nil, source: (any ListRowSource)? = nil
    ) {
        self.plan = plan
        self.lists = lists
        self.format = format
        self.output = output
        self.attendeeOrder = attendeeOrder
        self.connectionPoint = connectionPoint
        self.createdAt = createdAt
        self.version = version
        self.programmeVersion = programmeVersion
        self.language = language
        self.partyStatus = partyStatus
        self.source = source
    }

}
