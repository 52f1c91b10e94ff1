public import Planning

/// The outcome of checking filled registration templates: every problem by file, sheet, row and
/// column, the rows counted per sheet, and what an import would add.
public struct RegistrationReport: Hashable, Sendable {
    /// Rows read and rows accepted on one kind of sheet.
    public struct SheetCount: Hashable, Sendable {
        /// The kind of sheet.
        public var kind: RegistrationSheetKind
        /// Data rows read (blank rows left out).
        public var rows: Int
        /// Rows without an error.
        public var valid: Int
    }

    /// The files checked, as named in messages.
    public var files: [String]
    /// Every problem, in file, sheet, row and column order.
    public var problems: [SheetProblem]
    /// Rows read and valid per kind of sheet, in template order.
    public var counts: [SheetCount]
    /// What an import would add: every row when there is no error, the valid rows with
    /// `--skip-invalid`, nothing otherwise.
    public var batch: RegistrationBatch
    /// Whether invalid rows are skipped rather than stopping the import.
    public var skipInvalid: Bool

    /// The number of errors.
    public var errorCount: Int { problems.count { $0.severity == .error } }

    /// Errors that no skipping can get round: a file that is not a template, a missing required
    /// column, a field in two columns.
    public var fatalErrors: [SheetProblem] {
        problems.filter { $0.severity == .error && $0.row == nil }
    }

    /// Whether an import may go ahead: no error, or only row errors with `--skip-invalid`.
    public var isImportable: Bool {
        errorCount == 0 || (skipInvalid && fatalErrors.isEmpty)
    }

    /// The report in `language`: counts, errors, warnings and remarks, and the verdict.
    public func rendered(in language: Language) -> String {
        var lines = [InterchangeMessage.reportHeading(files: files).text(language)]
        for count in counts {
            lines.append(
                "  "
                    + InterchangeMessage.sheetCount(count.kind, rows: count.rows, valid: count.valid).text(
                        language))
        }
        for severity in Severity.allCases {
            let listed = problems.filter { $0.severity == severity }
            guard !listed.isEmpty else { continue }
            lines.append("")
            lines.append(InterchangeMessage.severityHeading(severity, count: listed.count).text(language))
            lines += listed.map { "  \($0.text(language))" }
        }
        lines.append("")
        lines.append(verdictMessage.text(language))
        return lines.joined(separator: "\n")
    }

    /// The verdict as a catalogue message: valid, rows skipped, not a template, or errors.
    public var verdictMessage: InterchangeMessage {
        let organisations = batch.organisations.count
        let products = batch.products.count
        let people = batch.people.count
        if errorCount == 0 {
            return .verdictValid(organisations: organisations, products: products, people: people)
        }
        if isImportable {
            let skipped = counts.reduce(0) { $0 + $1.rows - $1.valid }
            return .verdictSkipping(
                skipped: skipped, organisations: organisations, products: products, people: people)
        }
        if !fatalErrors.isEmpty {
            return .verdictNotATemplate(structuralErrors: fatalErrors.count)
        }
        return .verdictErrors(count: errorCount)
    }
}
