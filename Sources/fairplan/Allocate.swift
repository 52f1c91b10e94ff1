import ArgumentParser
import Interchange
import Planning
import Scheduler

extension FairPlan {
    /// `fairplan allocate booths`: gives exhibiting parties their booths and explains the result.
    struct Allocate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Allocate booths to exhibiting parties, with the score by component and the waiting list.",
            discussion: """
                Hard rules: one party per booth, each party's booths as one block joined by shared walls, \
                zones and food areas respected, services present (water for fresh food), pinned and held \
                booths kept. Soft, scored by component: a straight run where the row allows (else a \
                compact two-row block), provinces as pavilions, category zones, no same-product \
                neighbours, corner and main-aisle booths to the most OCOP stars then the earliest \
                registrations, fewest parties moved against the published plan. Parties that cannot be placed are listed with the reason and their \
                place on the waiting list.
                """
        )

        /// What to allocate.
        enum Target: String, ExpressibleByArgument, CaseIterable {
            case booths
        }

        @Argument(help: "What to allocate: booths.")
        var target: Target

        @OptionGroup var plan: PlanSourceOptions
        @OptionGroup var search: SearchOptions

        @Option(help: "Write the floor plan with booths coloured by province to this SVG file.")
        var svg: String?

        @Option(help: "Only the parties of this emulation cluster (e.g. for a cluster's own area).")
        var cluster: String?

        func run() async throws {
            var source = try plan.load()
            let pending = source.keepAllocatableParties()
            if let cluster { try source.restrict(toCluster: cluster) }
            if !pending.isEmpty {
                print(
                    "Chưa xếp \(pending.count) đơn vị đang chờ xác nhận (fairplan confirm): \(pending.joined(separator: "; "))."
                )
            }
            let progress = ProgressLine()
            let allocation = try BoothAllocationRun.allocate(
                source.plan, seed: search.seed, limits: search.limits
            ) { step in
                progress.update(
                    "Đang phân gian: vòng \(step.iteration)/\(step.maximumIterations), \(step.placedParties) đơn vị đã xếp"
                )
            }
            progress.finish()
            if let svg {
                var placed = source.plan
                placed.boothAssignments = allocation.boothAssignments
                try BoothAllocationRun.writeFloorPlan(of: placed, allocation: allocation, to: svg)
            }
            try source.save(allocation)
            if search.json {
                print(try JSONOutput.text(allocation))
            } else if search.explain {
                print(allocation.rendered(), terminator: "")
            } else {
                print(BoothAllocationRun.summary(allocation))
            }
            if let svg { print("Đã ghi sơ đồ: \(svg)") }
        }
    }
}
