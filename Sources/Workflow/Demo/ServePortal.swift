public import Planning

/// The plan files `fairplan serve` serves: those named, the demo's (run and published first),
/// or the folder's single plan file.
public struct ServePortal: Sendable {
    /// Serving the demo's plans.
    public struct Demo<C: Clock>: Sendable where C.Duration == Duration {
        /// Where the demo writes its files (`Exports/demo` when nil).
        public var folder: String?
        /// The clock timing the demo's searches.
        public var clock: C

        /// The demo written to `folder`, its searches timed by `clock`.
        public init(folder: String?, clock: C) {
            self.folder = folder
            self.clock = clock
        }
    }

    /// The use case.
    public init() {}

    /// The plan files: `plans`, then the demo's when `demo` is given; with neither, the single
    /// plan file of `folder`.
    public func planFiles<C: Clock>(
        plans: [String], demo: Demo<C>?, folder: String, language: Language, context: ChangeContext,
        version: String
    ) throws -> [String] where C.Duration == Duration {
        var paths = plans
        if let demo {
            let prepared = try PrepareDemoPortal().run(
                outputFolder: demo.folder, language: language, context: context, version: version,
                clock: demo.clock)
            paths += [prepared.fairPlanFile, prepared.briefingPlanFile]
        }
        return paths.isEmpty ? [try PlanLocation.resolve(explicit: nil, folder: folder)] : paths
    }
}
