public import Planning

/// The result of checking a booth plan: every finding and the plan's score.
public struct BoothPlanCheck: Hashable, Codable, Sendable {
    /// Hard findings first, then soft, each group in plan order.
    public var findings: [BoothFinding]
    /// The score of the plan's valid part (known booths and parties).
    public var score: BoothScore

    /// Creates a check result.
    public init(findings: [BoothFinding], score: BoothScore) {
        self.findings = findings
        self.score = score
    }

    /// The findings that break hard rules.
    public var hardViolations: [BoothFinding] { findings.filter(\.isHard) }
    /// The soft findings.
    public var softFindings: [BoothFinding] { findings.filter { !$0.isHard } }

    /// The findings as lines: the counts, each finding marked hard or soft, the total score.
    public func rendered(in language: Language) -> String {
        guard !findings.isEmpty else { return SchedulerMessage.boothPlanClean.text(language) + "\n" }
        var lines = [
            SchedulerMessage.boothFindingCounts(hard: hardViolations.count, soft: softFindings.count).text(
                language)
        ]
        for finding in findings {
            let label = SchedulerMessage.findingSeverity(hard: finding.isHard).text(language)
            lines.append("  [\(label)] \(finding.text(language))")
        }
        lines.append(SchedulerMessage.totalScoreLine(score.total).text(language))
        return lines.joined(separator: "\n") + "\n"
    }
}
