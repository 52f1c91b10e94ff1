import ArgumentParser

extension FairPlan {
    /// `fairplan changes [FROM [TO]] [--kind booths|programme] [--party P] [--point CP]`.
    struct Changes: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what changed between two published versions: a change log to send out.",
            discussion: """
                For the booth plan: parties moved (old booths → new booths), newly placed, no longer \
                placed, booths freed and taken. For the programme: sessions moved in time or room, \
                added, removed. Without versions, the latest published version is compared with the \
                current plan; with FROM only, FROM is compared with the current plan; with FROM TO, the \
                two versions. --party keeps what concerns one exhibitor (booth plan), --point what \
                concerns one connection point (programme).
                """
        )

        @OptionGroup var options: PlanOptions

        @Argument(help: "The version compared from (default: the latest published).")
        var from: Int?

        @Argument(help: "The version compared to (default: the current plan).")
        var to: Int?

        @Option(help: "What changed: booths (the booth plan) or programme.")
        var kind: PlanReport.Topic = .booths

        @Option(help: "Only what concerns this exhibiting party (identifier or name).")
        var party: String?

        @Option(help: "Only what concerns this connection point (identifier or name).")
        var point: String?

        func validate() throws {
            for version in [from, to].compactMap({ $0 }) where version < 1 {
                throw ValidationError("Số phiên bản bắt đầu từ 1.")
            }
            if let from, let to, from >= to {
                throw ValidationError("Phiên bản đầu (\(from)) phải trước phiên bản sau (\(to)).")
            }
        }

        func run() async throws {
            print(
                try PlanReport(store: options.openStore()).changes(
                    kind, from: from, to: to, party: party, point: point))
        }
    }
}
