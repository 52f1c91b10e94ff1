import Planning
import Store
import Workflow

/// The plan report as text: the summary, registrations by status with the waiting list, and the
/// published versions.
enum ReportRendering {
    /// The whole report, ending with a newline.
    static func text(_ report: ReportPlan.Report, findingLimit: Int, language: Language) -> String {
        func say(_ message: WorkflowMessage) -> String { message.text(language) }
        var text = report.summary.rendered(findingLimit: max(0, findingLimit), in: language)
        if !text.hasSuffix("\n") { text += "\n" }
        text += "\n" + say(.statusHeading) + "\n"
        var statuses = TextTable(
            headers: [say(.statusColumn), say(.partiesColumn), say(.boothsRequestedColumn)],
            alignments: [.left, .right, .right])
        for count in report.statuses {
            statuses.append([count.status.name(language), "\(count.parties)", "\(count.booths)"])
        }
        statuses.append([
            say(.exports(.totalWithoutWithdrawn)), "\(report.total.parties)", "\(report.total.booths)",
        ])
        text += statuses.rendered() + "\n"
        if !report.waitingList.isEmpty { text += say(.waitingList(report.waitingList.map(\.name))) + "\n" }
        text += "\n" + say(.versionsHeading) + "\n"
        for (kind, versions) in report.versions {
            guard !versions.isEmpty else {
                text += say(.notPublished(kind)) + "\n"
                continue
            }
            text += say(.publishedKind(kind)) + "\n"
            for version in versions {
                text +=
                    say(
                        .publishedVersion(number: version.number, at: version.publishedAt, note: version.note)
                    ) + "\n"
            }
        }
        return text
    }
}
