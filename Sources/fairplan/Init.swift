import ArgumentParser
import Planning

extension FairPlan {
    /// `fairplan init PATH.fairplan --name ... --kind ... --from ... --to ...`: creates a plan file.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new plan file (*.fairplan) for a fair or conference.",
            discussion: """
                The event runs every day from --from to --to with the same opening hours. An existing \
                file is never overwritten. With --venue the venue file is read (schema and venue rules) \
                and kept in the plan; it can be set or replaced later with `fairplan venue use FILE`. \
                Other commands find the plan with --plan PATH, or as the single *.fairplan file of the \
                current folder.
                """
        )

        @Argument(help: "The new plan file, e.g. hoi-cho-2026.fairplan.")
        var path: String

        @Option(help: "The event's official name.")
        var name: String

        @Option(help: "fair, conference or hybrid-conference.")
        var kind: EventKind

        @Option(help: "The organiser, e.g. \"Liên minh Hợp tác xã tỉnh Lào Cai\".")
        var organiser: String

        @Option(help: "The host province.")
        var province: String

        @Option(help: "The first day (dd/mm/yyyy or yyyy-mm-dd).")
        var from: String

        @Option(help: "The last day (dd/mm/yyyy or yyyy-mm-dd).")
        var to: String

        @Option(help: "Opening time every day.")
        var opens = "08:00"

        @Option(help: "Closing time every day.")
        var closes = "17:00"

        @Option(help: "A venue file to use (see `fairplan venue check`).")
        var venue: String?

        @Option(help: "The event's identifier (default: made from the name).")
        var id: String?

        func run() async throws {
            let lines = try PlanFiles.create(
                PlanFiles.NewPlan(
                    path: path, eventID: id, name: name, kind: kind, organiser: organiser, province: province,
                    from: from, to: to, opens: opens, closes: closes, venue: venue))
            print(lines.joined(separator: "\n"))
        }
    }
}
