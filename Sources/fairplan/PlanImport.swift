import Interchange
import Planning
import Store

/// Imports filled registration templates into a plan file: checks them against the stored plan
/// (so duplicates of earlier waves are caught), then writes everything in one transaction.
struct PlanImport {
    /// The plan file.
    let store: PlanStore
    /// Whether rows with errors are left out instead of refusing the import.
    let skipInvalid: Bool

    /// What an import did: the report, and what was written (nil when nothing was).
    struct Outcome {
        /// The check's report.
        var report: RegistrationReport
        /// What was written, when the import went ahead.
        var summary: ImportSummary?
    }

    /// Checks `files` against the plan and, unless `checkOnly` or the files cannot be imported,
    /// writes the batch in one transaction. `progress` receives a line just before the write.
    func run(files: [String], checkOnly: Bool, progress: (String) -> Void) throws -> Outcome {
        let plan = try store.loadPlan()
        let report = try RegistrationImporter(plan: plan, skipInvalid: skipInvalid).check(files: files)
        guard report.isImportable, !checkOnly, !report.batch.isEmpty else {
            return Outcome(report: report, summary: nil)
        }
        let batch = ImportBatch(
            organisations: report.batch.organisations, products: report.batch.products,
            people: report.batch.people, attendances: report.batch.attendances(in: plan))
        progress("Đang ghi vào tệp kế hoạch \(store.path) (một giao dịch)…")
        return Outcome(report: report, summary: try store.importBatch(batch))
    }
}
