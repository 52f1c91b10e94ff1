import Foundation
import Planning
import Scheduler
import Sheets

/// A synthetic, fictitious attendee list (danh sách đại biểu) of any length, generated lazily
/// from a seed: the same row count and seed always give the same rows, hence the same bytes.
///
/// Eight columns: STT, Họ và tên (family, middle and given names with diacritics, NFC), Chức vụ,
/// Đơn vị (cooperatives and alliances), Tỉnh/TP (the 34 units of 2025), Ngày sinh, Ngày đăng ký
/// and Số thành viên (the organisation's members). Name parts are combined into tables once,
/// so a row costs a few random draws and one array, not string building.
struct AttendeeList: Sendable {
    /// The number of body rows.
    let rowCount: Int
    /// The seed of the random choices.
    let seed: UInt64
    private let tables: Tables

    /// The combined name parts the rows are drawn from.
    private struct Tables: Sendable {
        let people: [String]
        let positions: [String]
        let organisations: [String]
        let provinces: [String]
    }

    /// Prepares a list of `rowCount` rows.
    init(rowCount: Int, seed: UInt64) {
        self.rowCount = rowCount
        self.seed = seed
        var people: [String] = []
        for family in Self.families {
            for (middles, givens) in [
                (Self.maleMiddles, Self.maleGivens), (Self.femaleMiddles, Self.femaleGivens),
            ] {
                for middle in middles {
                    for given in givens {
                        people.append("\(family) \(middle) \(given)".precomposedStringWithCanonicalMapping)
                    }
                }
            }
        }
        var organisations: [String] = []
        for kind in Self.organisationKinds {
            for place in Self.places {
                organisations.append("\(kind) \(place)".precomposedStringWithCanonicalMapping)
            }
        }
        tables = Tables(
            people: people,
            positions: Self.positions.map(\.precomposedStringWithCanonicalMapping),
            organisations: organisations,
            provinces: ProvinceDirectory.all.map(\.name.precomposedStringWithCanonicalMapping))
    }

    /// The columns, in order.
    static let columns = [
        Column("STT", widthCentimetres: 1.5), Column("Họ và tên", widthCentimetres: 5),
        Column("Chức vụ", widthCentimetres: 5), Column("Đơn vị", widthCentimetres: 7),
        Column("Tỉnh/TP", widthCentimetres: 3.5), Column("Ngày sinh", widthCentimetres: 2.5),
        Column("Ngày đăng ký", widthCentimetres: 2.5), Column("Số thành viên", widthCentimetres: 2.5),
    ]

    /// The list as a one-sheet workbook whose rows are generated as the writer pulls them.
    var workbook: Workbook {
        let list = self
        let sheet = Sheet(
            name: "Đại biểu", columns: Self.columns, title: "Danh sách đại biểu (dữ liệu thử nghiệm)",
            rows: { list.makeRows() })
        return Workbook(
            sheets: [sheet],
            metadata: WorkbookMetadata(
                title: "Danh sách đại biểu", generator: "FairPlan/fairplan-bench",
                created: "2026-12-16T08:00:00"))
    }

    /// A fresh iterator over the body rows.
    func makeRows() -> AnyIterator<[CellValue]> {
        var random = SeededGenerator(seed: seed)
        var index = 0
        let tables = tables
        let count = rowCount
        return AnyIterator {
            guard index < count else { return nil }
            index += 1
            func pick(_ values: [String]) -> CellValue {
                .text(values[Int.random(in: 0..<values.count, using: &random)])
            }
            let birthYear = Int.random(in: 1960...2000, using: &random)
            let birthMonth = Int.random(in: 1...12, using: &random)
            let birthDay = Int.random(
                in: 1...SheetDate.days(inMonth: birthMonth, year: birthYear), using: &random)
            let registration = Int.random(in: 0..<76, using: &random)  // 1 October – 15 December.
            let registrationMonth = registration < 31 ? 10 : registration < 61 ? 11 : 12
            let registrationDay =
                registration - (registrationMonth == 10 ? -1 : registrationMonth == 11 ? 30 : 60)
            let row: [CellValue] = [
                .integer(index),
                pick(tables.people),
                pick(tables.positions),
                pick(tables.organisations),
                pick(tables.provinces),
                .date(SheetDate(year: birthYear, month: birthMonth, day: birthDay)!),
                .date(SheetDate(year: 2026, month: registrationMonth, day: registrationDay)!),
                .integer(Int.random(in: 5...480, using: &random)),
            ]
            return row
        }
    }
}
