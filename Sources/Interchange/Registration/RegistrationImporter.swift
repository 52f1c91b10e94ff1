import Foundation
public import Planning
public import Sheets

/// Reads filled registration templates (ODS, FODS, XLSX or CSV), checks every row with the Planning rules
/// and says what an import would add or change.
///
/// Rows are recognised by natural keys (``RegistrationKey``): a row standing for an entity the plan
/// already holds with the same values is «đã có» (a remark, nothing written), one with other
/// values lists its changes (written only when updating); rows of the files sharing a key are all
/// flagged, the first kept. Importing the same files again is therefore a no-op. Every step indexes
/// the plan and the rows once, so the check takes time in proportion to their number.
///
/// Sheets are recognised by name (Tổ chức, Sản phẩm, Đại biểu, with or without diacritics, or in
/// English) or by their headers; headers are recognised in Vietnamese with or without diacritics
/// and in English, below a title row if there is one. Dates may be date cells, `dd/mm/yyyy`, ISO
/// `yyyy-mm-dd` or spreadsheet day numbers; provinces go through the forgiving look-up. Nothing is
/// imported when anything is wrong, unless invalid rows are to be skipped.
public struct RegistrationImporter: Sendable {
    /// The plan the registrations would be added to; its organisations are owners products and
    /// delegates may name, and duplicates against it are reported.
    var plan: Plan
    /// Whether rows with errors are left out instead of stopping the import.
    var skipInvalid: Bool
    /// Whether rows standing for entities of the plan with other values update them.
    var update: Bool
    /// Identifiers in use besides the plan's, when the plan is read in part (``PlanFocus``): new
    /// identifiers avoid them too.
    var takenIdentifiers: Set<String>
    /// Whether the report says what of the plan the check looked at (``RegistrationReport/focus``):
    /// a portal reading the plan in part needs it; a whole-plan import does not, and at national
    /// scale it costs a tenth of the check.
    var recordsFocus: Bool
    /// Whether a booth request's «Sản phẩm trưng bày» may name only products of the
    /// organisations sharing its booths (the portal's public forms, where anyone may type any
    /// name): any other name, another organisation's product or none, is an error that does not
    /// say which (``InterchangeMessage/productNotAmongShared(written:suggestions:)``), suggesting
    /// only those organisations' products. `fairplan import` lets organisers name any product
    /// (the plan's rules then flag an owner not sharing the booths). And a product's owner, a
    /// delegate's organisation or a booth request's organisation must be one of the submission's
    /// own Tổ chức rows (``InterchangeMessage/outsideSubmission(_:)``): anyone may type another
    /// cooperative's registration code, which must not add rows to its registration; «Dùng chung
    /// với» names only the submission's own organisation and those of ``confirmedSharing``.
    var publicSubmission: Bool
    /// With `publicSubmission`, the organisations the stored booth request already shares its
    /// booths with (a correction through the private link: the organisers put them there, with
    /// `fairplan edit party --share`). «Dùng chung với» on a public form may name only these and
    /// the submission's own organisation; any other name is an error that says neither which nor
    /// whose (``InterchangeMessage/sharingNotConfirmed(written:)``), so typing another
    /// cooperative's public registration code cannot put it, or its products, in one's booths.
    var confirmedSharing: Set<Identifier<Organisation>>

    /// Creates an importer for a plan; `update` writes the changes rows make to entities the plan
    /// already holds (otherwise they are only reported). A plan read in part comes with the
    /// identifiers in use its new entities could clash with (`takenIdentifiers`), and the check
    /// is the whole plan's when it holds everything the report's ``RegistrationReport/focus``
    /// names (asked for with `recordsFocus`). With `publicSubmission` (the portal's public
    /// forms) a booth request shows only products of the organisations sharing its booths, and
    /// products, delegates and the booth request belong to the submission's own organisations;
    /// its booths are shared only with organisations of `confirmedSharing`.
    public init(
        plan: Plan, skipInvalid: Bool = false, update: Bool = false, takenIdentifiers: Set<String> = [],
        recordsFocus: Bool = false, publicSubmission: Bool = false,
        confirmedSharing: Set<Identifier<Organisation>> = []
    ) {
        self.plan = plan
        self.skipInvalid = skipInvalid
        self.update = update
        self.takenIdentifiers = takenIdentifiers
        self.recordsFocus = recordsFocus
        self.publicSubmission = publicSubmission
        self.confirmedSharing = confirmedSharing
    }

    /// An empty plan for checking registrations on their own: an event of one day on `date`, so
    /// certificates are judged valid or expired on that day.
    public static func checkingPlan(on date: CalendarDate) -> Plan {
        let day = EventDay(
            date: date, opens: TimeOfDay(minutesSinceMidnight: 8 * 60)!,
            closes: TimeOfDay(minutesSinceMidnight: 17 * 60)!)
        return Plan(
            event: Event(
                id: "kiem-tra-dang-ky", name: "Kiểm tra đăng ký", kind: .fair, organiser: "FairPlan",
                province: ProvinceReference("Hà Nội"), days: [day]))
    }

    /// Reads and checks files: `.ods`, `.fods` or `.csv` (one CSV file per sheet).
    ///
    /// Throws when a file cannot be read at all (missing, not a spreadsheet, unsafe); problems in
    /// the cells are reported, not thrown.
    public func check(files paths: [String]) throws -> RegistrationReport {
        // The files are read on the machine's cores (a registry comes as one CSV file per sheet),
        // then collected in their order; the first that cannot be read, in that order, is the
        // error. A workbook's cells are the rows' own, so holding it beside them costs little.
        let reads: [@Sendable () -> Result<ReadWorkbook, any Error>] = paths.map { path in
            { Result { try WorkbookFile.read(path) } }
        }
        var session = session()
        var names: [String] = []
        for read in ConcurrentWork.results(of: reads) {
            let workbook = try read.get()
            session.collect(workbook)
            names.append(workbook.fileName)
        }
        return session.finish(files: names)
    }

    /// Checks workbooks already read.
    public func check(_ workbooks: [ReadWorkbook]) -> RegistrationReport {
        var session = session()
        for workbook in workbooks { session.collect(workbook) }
        return session.finish(files: workbooks.map(\.fileName))
    }

    /// A check of this importer's plan and options, before any file.
    private func session() -> RegistrationCheck {
        var session = RegistrationCheck(
            plan: plan, skipInvalid: skipInvalid, update: update, takenIdentifiers: takenIdentifiers)
        session.recordsFocus = recordsFocus
        session.publicSubmission = publicSubmission
        session.confirmedSharing = confirmedSharing
        return session
    }
}
