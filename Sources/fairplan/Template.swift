import ArgumentParser
import Interchange

extension FairPlan {
    /// `fairplan template registrations --format ods|fods|csv`: writes the registration template.
    struct Template: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the Vietnamese registration template (organisations, products, delegates).",
            discussion: """
                The template has an instructions sheet (Hướng dẫn), a sheet each for organisations \
                (Tổ chức), products (Sản phẩm) and delegates (Đại biểu) with required columns marked *, \
                and the 26 OCOP product sets for reference. ODS and FODS write one workbook; CSV writes \
                one file per sheet into a folder. Check a filled copy with `fairplan import FILE --check`.
                """
        )

        /// The templates on the command line.
        enum Kind: String, ExpressibleByArgument, CaseIterable {
            case registrations
        }

        @Argument(help: "The template to write: registrations.")
        var kind: Kind

        @Option(help: "The format: ods, fods or csv.")
        var format: ExportFormat = .ods

        @Option(help: "Output file (ods, fods) or folder (csv); default under Exports/.")
        var out: String?

        func validate() throws {
            guard [.ods, .fods, .csv].contains(format) else {
                throw ValidationError("The template is written as ods, fods or csv, not \(format.rawValue).")
            }
        }

        func run() async throws {
            let paths = try RegistrationTemplate.write(
                format: format, output: out, created: ExportClock.now(), version: FairPlan.version)
            for path in paths { print("Đã ghi: \(path)") }
        }
    }
}
