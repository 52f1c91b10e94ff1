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

    /// The findings as Vietnamese lines.
    public func rendered() -> String {
        guard !findings.isEmpty else { return "Sơ đồ gian hàng không có vi phạm nào.\n" }
        var lines = ["Vi phạm bắt buộc: \(hardViolations.count); lưu ý: \(softFindings.count)."]
        for finding in findings {
            lines.append("  [\(finding.isHard ? "BẮT BUỘC" : "lưu ý")] \(finding.message)")
        }
        lines.append("Tổng điểm: \(score.total.scoreText)")
        return lines.joined(separator: "\n") + "\n"
    }
}
