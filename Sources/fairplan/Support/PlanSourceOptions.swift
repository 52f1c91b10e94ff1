import ArgumentParser
import Foundation
import Interchange
import Planning
import Store

/// Where a planning command takes its plan from: a plan file (`--plan`, or the single `*.fairplan`
/// in the current folder) or an embedded sample (`--sample`), optionally with another venue.
struct PlanSourceOptions: ParsableArguments {
    @Option(help: "The plan file (default: the single *.fairplan in the current folder).")
    var plan: String?

    @Option(help: "Use an embedded sample plan instead of a plan file: fair or briefing.")
    var sample: SamplePlan?

    @Option(help: "Use this venue file instead of the plan's venue (the plan file is not changed).")
    var venue: String?

    @Flag(help: "Save the result in the plan file and publish it as the next numbered version.")
    var publish = false

    @Option(help: "A note stored with the published version.")
    var note: String?

    func validate() throws {
        if plan != nil && sample != nil { throw ValidationError("Choose --plan or --sample, not both.") }
        if publish && sample != nil { throw ValidationError("--publish needs a plan file, not a sample.") }
        if publish && venue != nil {
            throw ValidationError("--publish uses the plan's own venue; change it with `fairplan venue use`.")
        }
    }

    /// Loads the plan; without a plan file or `--sample`, the given sample.
    func load(defaultSample: SamplePlan = .fair) throws -> PlanSource {
        var source: PlanSource
        if let sample {
            source = PlanSource(plan: sample.plan, store: nil, publish: false, note: nil)
        } else if let path = try PlanLocation.resolveIfPresent(
            explicit: plan, folder: FileManager.default.currentDirectoryPath)
        {
            let store = try PlanStore.open(at: path)
            source = PlanSource(plan: try store.loadPlan(), store: store, publish: publish, note: note)
        } else {
            source = PlanSource(plan: defaultSample.plan, store: nil, publish: false, note: nil)
            let message =
                "Không có tệp kế hoạch (*.fairplan) ở thư mục này: dùng kế hoạch mẫu (--sample \(defaultSample.rawValue)).\n"
            FileHandle.standardError.write(Data(message.utf8))
        }
        if let venue {
            let read = try VenueReader.read(contentsOf: venue)
            source.plan.venue = read.venue
            source.replacedVenue = true
        }
        return source
    }
}
