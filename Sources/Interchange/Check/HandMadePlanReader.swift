public import Planning
public import Sheets

/// Reads a hand-made booth plan or programme from a sheet, for `fairplan check`.
///
/// A booth plan is a sheet with a party column (Đơn vị tham gia) and a booth column (Gian hàng,
/// several codes separated by commas), as in the exhibitors list FairPlan exports. A programme is
/// a sheet with the session (Nội dung), the day (Ngày), the start (Bắt đầu) and the room (Phòng),
/// as in the exported programme. Headers are recognised with or without diacritics and in
/// English. Parties, sessions and rooms are found through Planning's one resolver (a
/// ``NameIndex`` built once per sheet, the rules of ``PlanResolver``): the identifier, the name
/// with its tones («HTX Tân Hòa» is not «HTX Tấn Hòa»), the name without diacritics when only one
/// entity has it; a name several entities answer to is a problem listing them, an unknown name a
/// problem with the closest names.
public enum HandMadePlanReader {
    /// Booth assignments read from a sheet, with the problems of rows that could not be read.
    public struct BoothPlan: Hashable, Sendable {
        /// The assignments read, in sheet order.
        public var assignments: [BoothAssignment]
        /// Rows that could not be read (unknown party, no booth column, ...).
        public var problems: [SheetProblem]
    }

    /// Sessions with the times and rooms read from a sheet.
    public struct Programme: Hashable, Sendable {
        /// The plan's sessions, with `start` and `room` as the sheet gives them (unset when the
        /// sheet does not place them).
        public var sessions: [Session]
        /// Rows that could not be read.
        public var problems: [SheetProblem]
    }

    static let partyKeys: Set<String> = [
        "don vi tham gia", "don vi", "ten don vi", "ten don vi tham gia", "party", "exhibitor",
        "exhibiting party",
    ]
    static let boothKeys: Set<String> = [
        "gian hang", "gian", "ma gian", "booth", "booths", "booth code", "booth codes",
    ]
    static let sessionKeys: Set<String> = ["noi dung", "ten phien", "phien", "session", "title"]
    static let dayKeys: Set<String> = ["ngay", "date", "day"]
    static let startKeys: Set<String> = ["bat dau", "gio bat dau", "tu", "start", "starts", "begin"]
    static let roomKeys: Set<String> = ["phong", "hoi truong", "room", "phong hop"]

    /// Whether a cell says "not placed" as the exported lists write it («Chưa phân», «Chưa xếp»,
    /// «Not assigned», «Not scheduled»).
    static func isUnplacedMark(_ text: String) -> Bool {
        let key = VietnameseText.searchKey(text)
        return key.hasPrefix("chua") || key.hasPrefix("not ")
    }

    /// The first sheet with a header row naming every group of keys: the sheet, the header row's
    /// index and the column of each group.
    static func locate(_ workbook: ReadWorkbook, _ groups: [Set<String>]) -> (ReadSheet, Int, [Int])? {
        for sheet in workbook.sheets {
            for index in sheet.rows.indices.prefix(8) {
                let keys = sheet.rows[index].map { VietnameseText.searchKey($0.plainText) }
                let columns = groups.compactMap { group in keys.firstIndex { group.contains($0) } }
                if columns.count == groups.count { return (sheet, index, columns) }
            }
        }
        return nil
    }

    /// Reads booth assignments; parties by identifier or name.
    public static func boothPlan(from workbook: ReadWorkbook, plan: Plan) -> BoothPlan {
        guard let (sheet, header, columns) = locate(workbook, [partyKeys, boothKeys]) else {
            return BoothPlan(
                assignments: [],
                problems: [
                    SheetProblem(.error, file: workbook.fileName, message: .boothPlanColumnsMissing)
                ])
        }
        let parties = PlanResolver.partyIndex(plan.parties)
        var assignments: [BoothAssignment] = []
        var problems: [SheetProblem] = []
        for index in sheet.rows.indices where index > header {
            let written = sheet.cell(row: index, column: columns[0]).plainText.trimmedCell
            let boothText = sheet.cell(row: index, column: columns[1]).plainText
            let booths =
                isUnplacedMark(boothText)
                ? []
                : boothText.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == " " })
                    .map(String.init).filter { !$0.isEmpty }
            guard !written.isEmpty else { continue }
            let message: InterchangeMessage
            switch parties.resolve(written) {
            case .found(let party):
                for booth in booths {
                    assignments.append(BoothAssignment(booth: booth, party: party.id))
                }
                continue
            case .ambiguous(let candidates):
                message = .partyAmbiguous(
                    written: written, candidates: candidates.map { PlanResolver.label($0) })
            case .notFound(let suggestions):
                message = .partyNotInPlan(written, suggestions: suggestions.map { PlanResolver.label($0) })
            }
            problems.append(
                SheetProblem(
                    .error, file: workbook.fileName, sheet: sheet.name, row: sheet.rowNumbers[index],
                    column: columns[0] + 1, header: sheet.cell(row: header, column: columns[0]).plainText,
                    message: message))
        }
        return BoothPlan(assignments: assignments, problems: problems)
    }
}
