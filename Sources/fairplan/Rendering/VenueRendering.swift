import Interchange
import Planning
import Workflow

/// Venue checks and summaries as text for the terminal.
enum VenueRendering {
    /// Each file's verdict, summary and problems.
    static func checks(_ checks: [CheckVenues.FileCheck], language: Language) -> String {
        checks.map { check in
            guard let venue = check.venue else {
                return WorkflowMessage.venueInvalid(file: check.file, errors: check.problems.count).text(
                    language) + "\n"
                    + check.problems.map { "  \($0.text(language))\n" }.joined()
            }
            var text =
                WorkflowMessage.venueValid(file: check.file).text(language) + "\n"
                + VenueSummary(venue: venue).rendered(in: language)
            if !check.problems.isEmpty {
                text += WorkflowMessage.venueWarnings(check.problems.count).text(language) + "\n"
                text += check.problems.map { "  \($0.text(language))\n" }.joined()
            }
            return text
        }.joined(separator: "\n")
    }

    /// A venue's summary, its warnings and where its floor plan went.
    static func shown(_ shown: ShowVenue.Shown, language: Language) -> String {
        VenueSummary(venue: shown.venue).rendered(in: language)
            + shown.warnings.map { WorkflowMessage.venueWarning($0.text(language)).text(language) + "\n" }
            .joined()
            + WorkflowMessage.floorPlanWritten(path: shown.svgPath).text(language) + "\n"
    }
}
