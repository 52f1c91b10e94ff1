import Planning
import Workflow

/// A listing as a text table with its count line.
enum ListingRendering {
    /// The table and «Tổng: N …», or «Không có … nào.» for an empty listing.
    static func text(_ listing: ListPlan.Listing, language: Language) -> String {
        guard !listing.rows.isEmpty else {
            return WorkflowMessage.nothingListed(listing.subject).text(language)
        }
        var table = TextTable(
            headers: listing.columns.map { WorkflowMessage.column($0).text(language) },
            alignments: listing.columns.map { $0.isNumeric ? .right : .left })
        for row in listing.rows { table.append(row) }
        return table.rendered() + "\n\n  "
            + WorkflowMessage.listedTotal(listing.rows.count, listing.subject).text(language)
    }
}
