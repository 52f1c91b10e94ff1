public import Planning

/// The outcome of checking filled registration templates: every problem by file, sheet, row and
/// column, the rows counted per sheet, and what an import would add or change.
public struct RegistrationReport: Hashable, Sendable {
    /// Rows read, rows accepted, and rows standing for entities already in the plan, on one kind
    /// of sheet.
    public struct SheetCount: Hashable, Sendable {
        /// The kind of sheet.
        public var kind: RegistrationSheetKind
        /// Data rows read (blank rows left out).
        public var rows: Int
        /// Rows without an error.
        public var valid: Int
        /// Rows whose entity the plan already holds with the same values («đã có»).
        public var present: Int = 0
        /// Rows whose entity the plan holds with other values (updates, applied with `--update`).
        public var changed: Int = 0
    }

    /// The files checked, as named in messages.
    public var files: [String]
    /// Every problem, in file, sheet, row and column order.
    public var problems: [SheetProblem]
    /// Rows read and valid per kind of sheet, in template order.
    public var counts: [SheetCount]
    /// What an import would write: every new row and (with `--update`) every changed row when
    /// there is no error, the valid ones with `--skip-invalid`, nothing otherwise.
    public var batch: RegistrationBatch
    /// Whether invalid rows are skipped rather than stopping the import.
    public var skipInvalid: Bool
    /// Whether rows that change entities of the plan update them (`--update`).
    public var update = false
    /// Everything of the plan the check looked at or could have: the rows' organisations,
    /// products and people under the keys the rules and the matching of rows group them by, the
    /// texts that named organisations and products, the bases of the new identifiers, and the
    /// fair's own tables. A check against a plan read with this focus
    /// (`PlanStore.loadPlan(focus:)`) gives the report the whole plan gives, the suggestions for
    /// names not found aside (they come from the organisations read). Empty unless the importer
    /// was asked for it (`recordsFocus`).
    public var focus = PlanFocus()

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

    /// Rows whose entity the plan already holds with the same values.
    public var presentCount: Int { counts.reduce(0) { $0 + $1.present } }

    /// Rows whose entity the plan holds with other values.
    public var changedCount: Int { counts.reduce(0) { $0 + $1.changed } }

    /// The report in `language`: counts, errors, warnings and remarks, rows already in the plan
    /// and changes, and the verdict.
    public func rendered(in language: Language) -> String {
        var lines = [InterchangeMessage.reportHeading(files: files).text(language)]
        for count in counts {
            let line: InterchangeMessage =
                count.present + count.changed == 0
                ? .sheetCount(count.kind, rows: count.rows, valid: count.valid)
                : .sheetCountAgainstPlan(
                    count.kind, rows: count.rows, valid: count.valid, present: count.present,
                    changed: count.changed)
            lines.append("  " + line.text(language))
        }
        for severity in Severity.allCases {
            let listed = problems.filter { $0.severity == severity }
            guard !listed.isEmpty else { continue }
            lines.append("")
            lines.append(InterchangeMessage.severityHeading(severity, count: listed.count).text(language))
            lines += listed.map { "  \($0.text(language))" }
        }
        lines.append("")
        if changedCount > 0 {
            lines.append(
                InterchangeMessage.changesSummary(count: changedCount, applied: update).text(language))
        }
        if !batch.parties.isEmpty || !batch.updatedParties.isEmpty {
            lines.append(
                InterchangeMessage.partiesToImport(
                    added: batch.parties.count, updated: batch.updatedParties.count
                )
                .text(language))
        }
        lines.append(verdictMessage.text(language))
        return lines.joined(separator: "\n")
    }

    /// The verdict as a catalogue message: valid, rows skipped, nothing new, not a template, or
    /// errors.
    public var verdictMessage: InterchangeMessage {
        let organisations = batch.organisations.count
        let products = batch.products.count
        let people = batch.people.count
        if errorCount == 0 {
            if batch.isEmpty && presentCount + changedCount > 0 {
                // A changed row not updated is in the plan too (QA 42 #4).
                return .verdictNothingNew(present: presentCount + changedCount)
            }
            if update && changedCount > 0 && organisations + products + people + batch.parties.count == 0 {
                return .verdictUpdatesOnly(changed: changedCount)
            }
            if update && changedCount > 0 {
                return .verdictValidUpdating(
                    organisations: organisations, products: products, people: people,
                    parties: batch.parties.count, changed: changedCount)
            }
            return .verdictValid(
                organisations: organisations, products: products, people: people, parties: batch.parties.count
            )
        }
        if isImportable {
            let skipped = counts.reduce(0) { $0 + $1.rows - $1.valid }
            return .verdictSkipping(
                skipped: skipped, organisations: organisations, products: products, people: people,
                parties: batch.parties.count)
        }
        if !fatalErrors.isEmpty {
            return .verdictNotATemplate(structuralErrors: fatalErrors.count)
        }
        return .verdictErrors(count: errorCount)
    }
}
