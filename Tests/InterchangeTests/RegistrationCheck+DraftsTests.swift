import Planning
import Sheets
import Testing

@testable import Interchange

/// A registry's rows are read in pieces on several cores (issue 17): the report, the identifiers
/// and the batch are those of reading them one after the other, problems, repeats and identifier
/// numbers across the pieces' boundaries included.
@Suite("RegistrationCheck: rows read in pieces give the report of one piece (issue 17)")
struct RegistrationCheckDraftsTests {
    static let day = CalendarDate(year: 2026, month: 12, day: 16)!
    static let generator = RegistryGenerator(organisations: 6_000, products: 5_000, people: 4_500, seed: 11)

    /// The generator's registry with problems planted in every piece: a missing name, a word not
    /// understood, an unknown province, owner and product set, and rows repeating rows of another
    /// piece or sharing their identifier's base.
    static func workbook() -> ReadWorkbook {
        let workbook = RegistryGeneratorTests.workbook(generator)
        var sheets = workbook.sheets
        func edit(_ kind: RegistrationSheetKind, _ change: (inout [[CellValue]]) -> Void) {
            let index = sheets.firstIndex { $0.name == kind.sheetName(in: .vietnamese) }!
            var rows = sheets[index].rows
            change(&rows)
            sheets[index] = ReadSheet(
                name: sheets[index].name, rows: rows, rowNumbers: sheets[index].rowNumbers)
        }
        // Data row n is rows[n] (rows[0] is the header).
        edit(.organisations) { rows in
            rows[10][0] = .empty
            rows[3_000][1] = .text("loại lạ")
            rows[4_200] = rows[20]
            rows[5_100][0] = rows[300][0]
            rows[5_100][2] = .text(generator.registrationCode(9_999))
            rows[5_900][3] = .text("Tỉnh Không Tồn Tại")
        }
        edit(.products) { rows in
            rows[2_600][1] = .text("Hợp tác xã Không Có Thật")
            rows[4_000] = rows[100]
            rows[4_800][2] = .text("bộ sản phẩm lạ")
        }
        edit(.delegates) { rows in
            rows[2_300][0] = .text("Ngài")
            rows[4_400] = rows[50]
        }
        return ReadWorkbook(fileName: workbook.fileName, sheets: sheets)
    }

    /// A plan already holding the registry's first rows, so rows of every piece stand for the
    /// plan's entities.
    static func plan() -> Plan {
        let first = RegistryGenerator(organisations: 40, products: 30, people: 20, seed: 11)
        var plan = RegistrationImporter.checkingPlan(on: day)
        let report = RegistrationImporter(plan: plan).check([RegistryGeneratorTests.workbook(first)])
        plan.organisations = report.batch.organisations
        plan.products = report.batch.products
        plan.people = report.batch.people
        return plan
    }

    /// The report of a check reading the rows in at most `pieces` pieces.
    static func report(pieces: Int, workbook: ReadWorkbook, plan: Plan) -> RegistrationReport {
        var check = RegistrationCheck(plan: plan, skipInvalid: true, update: false)
        check.draftPieces = pieces
        check.collect(workbook)
        return check.finish(files: [workbook.fileName])
    }

    @Test("one piece, two and four give the same problems, counts and batch", arguments: [2, 4])
    func samePieces(pieces: Int) {
        let (workbook, plan) = (Self.workbook(), Self.plan())
        let whole = Self.report(pieces: 1, workbook: workbook, plan: plan)
        let split = Self.report(pieces: pieces, workbook: workbook, plan: plan)
        #expect(split.problems == whole.problems)
        #expect(split.counts == whole.counts)
        #expect(split.batch == whole.batch)
        #expect(split == whole)
    }

    @Test("the planted problems are found in every piece, and identifiers are numbered in row order")
    func plantedProblems() {
        let report = Self.report(pieces: 4, workbook: Self.workbook(), plan: Self.plan())
        func problems(_ kind: RegistrationSheetKind, row: Int) -> [SheetProblem] {
            // Sheet row = data row + 1 (the header is row 1).
            report.problems.filter { $0.sheet == kind.sheetName(in: .vietnamese) && $0.row == row + 1 }
        }
        #expect(
            problems(.organisations, row: 10).contains {
                $0.severity == .error && $0.field == .organisationName
            })
        #expect(problems(.organisations, row: 3_000).contains { $0.field == .organisationKind })
        #expect(problems(.organisations, row: 4_200).contains { $0.field == .organisationCode })
        #expect(problems(.organisations, row: 5_900).contains { $0.field == .organisationProvince })
        #expect(
            problems(.products, row: 2_600).contains { $0.severity == .error && $0.field == .productOwner })
        #expect(problems(.products, row: 4_000).contains { $0.field == .productName })
        #expect(problems(.products, row: 4_800).contains { $0.field == .productSet })
        #expect(problems(.delegates, row: 2_300).contains { $0.field == .honorific })
        #expect(problems(.delegates, row: 4_400).contains { $0.field == .fullName })
        // The first 40 organisations, 30 products and 20 people are the plan's (row 10 lost its name).
        #expect(report.counts.first { $0.kind == .organisations }?.present == 39)
        // Rows 300 and 5,100 share a name: the later one's identifier is the earlier one's, numbered.
        let twin = report.batch.organisations.first {
            $0.registrationCode?.description == Self.generator.registrationCode(9_999)
        }
        #expect(twin?.id.rawValue.hasSuffix("-2") == true, "\(String(describing: twin?.id))")
        let earlier = twin.map { twin in
            report.batch.organisations.first { $0.id.rawValue == String(twin.id.rawValue.dropLast(2)) }
        }
        #expect(earlier??.name == twin?.name)
    }
}
