import ArgumentParser
import Planning
import Store

extension FairPlan.Register {
    /// `fairplan register session --title ... --kind ... --minutes N ...`.
    struct Session: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "session",
            abstract: "Register a session (phiên) of the programme, to be timetabled by `schedule sessions`.",
            discussion: """
                --link names the connection points the session is shown at (repeat, or --link-all); a \
                linked session needs a room with a video link. --fixed pins the start ("dd/mm/yyyy \
                hh:mm"); --window bounds it ("dd/mm/yyyy hh:mm-hh:mm"); --first, --last and --after \
                order it. --room and --start place it by hand (check with `fairplan check sessions`).
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "The title, e.g. \"Báo cáo kết quả năm 2026\".")
        var title: String

        @Option(
            help: """
                The kind: opening, report, contribution, directive-speech, discussion, emulation-review, \
                pact-signing, cluster-leader-election, awards, matchmaking, site-visit, cultural, break, closing.
                """)
        var kind: AgendaKind

        @Option(help: "The length in minutes.")
        var minutes: Int

        @Option(help: "The person chairing (identifier or name).")
        var chair: String?

        @Option(parsing: .singleValue, help: "A speaker (identifier or name; repeatable).")
        var speaker: [String] = []

        @Option(help: "Expected audience in the room.")
        var audience = 0

        @Option(parsing: .singleValue, help: "A connection point the session is linked to (repeatable).")
        var link: [String] = []

        @Flag(help: "Link the session to every connection point of the plan.")
        var linkAll = false

        @Option(help: "A fixed start: \"dd/mm/yyyy hh:mm\".")
        var fixed: String?

        @Option(help: "A window for the start and end: \"dd/mm/yyyy hh:mm-hh:mm\".")
        var window: String?

        @Flag(help: "The session must come first.")
        var first = false

        @Flag(help: "The session must come last.")
        var last = false

        @Option(help: "A session this one must follow (identifier or title).")
        var after: String?

        @Option(help: "A track kept in one room when it can be.")
        var track: String?

        @Option(help: "The room, placed by hand (identifier of a venue room).")
        var room: String?

        @Option(help: "The start, placed by hand: \"dd/mm/yyyy hh:mm\".")
        var start: String?

        @Option(help: "The identifier to give (default: made from the title).")
        var id: String?

        @Flag(help: "Write even when the checks find errors.")
        var force = false

        func validate() throws {
            guard minutes > 0 else { throw ValidationError("--minutes must be more than 0.") }
            if fixed != nil && window != nil {
                throw ValidationError("Choose --fixed or --window, not both.")
            }
            if linkAll && !link.isEmpty { throw ValidationError("Choose --link or --link-all, not both.") }
        }

        func run() async throws {
            let store = try options.openStore()
            let outcome = try Registrar(store: store, force: force).register(order())
            print(outcome.lines.joined(separator: "\n"))
        }

        /// The registration to make.
        func order() throws -> Registrar.Order {
            let timing: SessionTiming =
                try fixed.map { .fixed(try CommandValues.dateTime($0, option: "--fixed")) }
                ?? window.map { .window(try CommandValues.range($0, option: "--window")) } ?? .free
            let placedStart = try start.map { try CommandValues.dateTime($0, option: "--start") }
            return Registrar.Order(
                noun: "phiên", prefix: "ph", name: title, explicitID: id,
                taken: { Set($0.sessions.map(\.id.rawValue)) },
                build: { plan, id in
                    let lookup = PlanLookup(plan: plan)
                    var participants =
                        try chair.map { [SessionParticipant(person: try lookup.person($0).id, role: .chair)] }
                        ?? []
                    participants += try CommandValues.items(speaker).map {
                        SessionParticipant(person: try lookup.person($0).id, role: .speaker)
                    }
                    let points =
                        linkAll
                        ? plan.connectionPoints.map(\.id)
                        : try CommandValues.items(link).map { try lookup.connectionPoint($0).id }
                    var order: [OrderConstraint] = []
                    if first { order.append(.first) }
                    if last { order.append(.last) }
                    if let after { order.append(.after(try lookup.session(after).id)) }
                    let session = Planning.Session(
                        id: Identifier(id), title: title, kind: kind, durationMinutes: minutes,
                        participants: participants, expectedAudience: audience,
                        needsVideoLink: !points.isEmpty,
                        linkedPoints: points, timing: timing, order: order, track: track, room: room,
                        start: placedStart)
                    var changed = plan
                    changed.sessions.append(session)
                    return Registrar.Built(
                        plan: changed, subjects: [Registrar.key(.session, id)],
                        write: { try $0.addSession(session) })
                })
        }
    }
}
