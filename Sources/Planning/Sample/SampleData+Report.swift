extension SampleData {
    /// The demo's report: the summary of the sample fair, then of the sample briefing.
    ///
    /// `findingLimit` caps the findings listed per severity in each summary.
    public static func demoReport(findingLimit: Int = 12) -> String {
        let fair = PlanSummary(plan: nationalFair())
        let briefing = PlanSummary(plan: hybridBriefing())
        let rule = String(repeating: "═", count: 100)
        return [fair.rendered(findingLimit: findingLimit), briefing.rendered(findingLimit: findingLimit)]
            .joined(separator: "\n\(rule)\n\n")
    }
}
