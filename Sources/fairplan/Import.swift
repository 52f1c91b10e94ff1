import ArgumentParser
import Interchange
import Planning

extension FairPlan {
    /// `fairplan import FILE... --check`: checks filled registration templates.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check filled registration templates (ODS, FODS or CSV) and report every problem.",
            discussion: """
                Every row is checked with the Planning rules; problems are listed by file, sheet, row and \
                column. Headers are recognised in Vietnamese with or without diacritics and in English; \
                dates as date cells, dd/mm/yyyy or yyyy-mm-dd; provinces by old or new name. Nothing is \
                imported if anything is wrong, unless --skip-invalid. The exit status is 1 when the \
                files cannot be imported.
                """
        )

        @Argument(help: "Filled templates: .ods, .fods, or .csv (one CSV file per sheet).")
        var files: [String]

        @Flag(help: "Check only: print the report and change nothing.")
        var check = false

        @Flag(help: "Leave out rows with errors instead of refusing the whole import.")
        var skipInvalid = false

        @Option(help: "Judge OCOP certificates on this day (dd/mm/yyyy or yyyy-mm-dd; default today).")
        var on: String?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Name at least one file to import.") }
            if let on, CalendarDate(vietnamese: on) == nil, CalendarDate(iso: on) == nil {
                throw ValidationError("--on \(on): write the date as dd/mm/yyyy or yyyy-mm-dd.")
            }
            guard check else {
                throw ValidationError(
                    "Importing into a plan file needs --plan (arrives with plan files); use --check to check."
                )
            }
        }

        func run() async throws {
            let day =
                on.flatMap { CalendarDate(vietnamese: $0) ?? CalendarDate(iso: $0) } ?? ExportClock.now().date
            let importer = RegistrationImporter(
                plan: RegistrationImporter.checkingPlan(on: day), skipInvalid: skipInvalid)
            let report = try importer.check(files: files)
            print(report.rendered())
            if !report.isImportable { throw ExitCode(1) }
        }
    }
}
