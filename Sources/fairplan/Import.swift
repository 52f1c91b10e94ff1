import ArgumentParser
import Interchange
import Planning
import Store

extension FairPlan {
    /// `fairplan import FILE... [--check] [--skip-invalid]`: imports filled registration templates.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import filled registration templates (ODS, FODS or CSV) into the plan, or check them.",
            discussion: """
                Every row is checked with the Planning rules against the plan (so a cooperative that \
                registered in an earlier wave is a duplicate); problems are listed by file, sheet, row \
                and column. Headers are recognised in Vietnamese with or without diacritics and in \
                English; dates as date cells, dd/mm/yyyy or yyyy-mm-dd; provinces by old or new name. \
                The import is all-or-nothing, in one transaction: nothing is written if anything is \
                wrong, unless --skip-invalid leaves out the rows with errors. With --check nothing is \
                written; without a plan file (none in the folder, no --plan) --check checks the files \
                on their own, judging OCOP certificates on --on DATE. Exit status 1 when the files \
                cannot be imported.
                """
        )

        @OptionGroup var options: PlanOptions

        @Argument(help: "Filled templates: .ods, .fods, or .csv (one CSV file per sheet).")
        var files: [String]

        @Flag(help: "Check only: print the report and change nothing.")
        var check = false

        @Flag(help: "Leave out rows with errors instead of refusing the whole import.")
        var skipInvalid = false

        @Option(help: "Checking without a plan: judge OCOP certificates on this day (default today).")
        var on: String?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Name at least one file to import.") }
            if let on, CalendarDate(vietnamese: on) == nil, CalendarDate(iso: on) == nil {
                throw ValidationError("--on \(on): write the date as dd/mm/yyyy or yyyy-mm-dd.")
            }
        }

        func run() async throws {
            let path = check ? try options.locationIfPresent() : try options.location()
            if on != nil && path != nil {
                throw WorkflowError.conflictingOptions(
                    "--on chỉ dùng khi kiểm tra không có tệp kế hoạch; với kế hoạch \(path ?? ""), chứng nhận "
                        + "OCOP được xét theo ngày diễn ra sự kiện.")
            }
            let report: RegistrationReport
            if let path {
                let outcome = try PlanImport(store: PlanStore.open(at: path), skipInvalid: skipInvalid).run(
                    files: files, checkOnly: check, progress: CommandValues.announce)
                report = outcome.report
                print(report.rendered())
                if let summary = outcome.summary {
                    print("Đã nhập vào \(path): \(summary)")
                } else if check {
                    print("Chỉ kiểm tra (--check) theo kế hoạch \(path): không ghi gì.")
                }
            } else {
                let day =
                    on.flatMap { CalendarDate(vietnamese: $0) ?? CalendarDate(iso: $0) }
                    ?? ExportClock.now().date
                report = try RegistrationImporter(
                    plan: RegistrationImporter.checkingPlan(on: day), skipInvalid: skipInvalid
                ).check(files: files)
                print(report.rendered())
            }
            if !report.isImportable { throw ExitCode(1) }
        }
    }
}
