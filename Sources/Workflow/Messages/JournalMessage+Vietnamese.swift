import Planning
import Store

extension JournalMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .error(let error): Self.vietnamese(error)
        case .historyEmpty: "Nhật ký chưa có thay đổi nào."
        case .historyHeading(let total, let undoable, let redoable, let listed):
            "Nhật ký thay đổi: \(total) thay đổi (\(undoable) có thể hoàn tác, \(redoable) có thể làm lại)"
                + (listed < total ? "; \(listed) thay đổi gần nhất, mới nhất trước:" : ", mới nhất trước:")
        case .entry(let entry):
            "#\(entry.number)  \(entry.note.at)  \(entry.note.user)  \(entry.note.command)"
                + (entry.note.subject.map { " «\($0)»" } ?? "")
                + "  [\(JournalMessage.state(entry.state).vietnameseText)]"
        case .entryCounts(let counts): "    " + Self.vietnamese(counts)
        case .rows(let table, let count): "\(count) \(Self.vietnameseNoun(table))"
        case .state(.done): "đã làm"
        case .state(.undone): "đã hoàn tác"
        case .undone(let entry): "Đã hoàn tác thay đổi \(Self.vietnameseLabel(entry))."
        case .redoHint(let redoable):
            "Làm lại bằng `fairplan redo` (\(redoable) thay đổi có thể làm lại, cho đến khi có thay đổi mới)."
        case .redone(let entry): "Đã làm lại thay đổi \(Self.vietnameseLabel(entry))."
        case .restored(.boothPlan, let version, let count):
            "Đã đưa sơ đồ gian hàng đang làm về phiên bản \(version) đã công bố (\(count) gian được phân)."
        case .restored(.programme, let version, let count):
            "Đã đưa chương trình đang làm về phiên bản \(version) đã công bố (\(count) phiên xếp như phiên bản)."
        case .restoreUnchanged(let kind, let version):
            "\(Self.vietnameseTitle(kind)) đang làm đã giống phiên bản \(version); không có gì thay đổi."
        case .leftOut(.partyWithdrawn(let party, let booths)):
            "Không phân lại gian cho «\(party)» vì đơn vị đã rút đăng ký: \(booths.joined(separator: ", "))."
        case .leftOut(.partyRemoved(let party, let booths)):
            "Không phân lại gian cho «\(party)» vì đơn vị không còn trong kế hoạch: \(booths.joined(separator: ", "))."
        case .leftOut(.boothsNotOnVenue(let party, let booths)):
            "Không phân lại cho «\(party)» các gian không còn trên sơ đồ địa điểm: \(booths.joined(separator: ", "))."
        case .leftOut(.sessionRemoved(let title)):
            "Phiên «\(title)» không còn trong kế hoạch nên không xếp lại."
        case .unscheduled(let titles):
            "Bỏ lịch các phiên không được xếp trong phiên bản: \(titles.joined(separator: "; "))."
        case .undoHint: "Hoàn tác bằng `fairplan undo`."
        }
    }

    /// An error in Vietnamese.
    private static func vietnamese(_ error: JournalError) -> String {
        switch error {
        case .nothingToUndo: "Không có thay đổi nào để hoàn tác."
        case .undoBeyondHistory(let asked, let available):
            "Không hoàn tác được \(asked) thay đổi: nhật ký chỉ có \(available) thay đổi có thể hoàn tác; chưa hoàn tác gì."
        case .nothingToRedo:
            "Không có thay đổi nào để làm lại (chỉ làm lại được thay đổi vừa hoàn tác, trước khi có thay đổi mới)."
        case .unknownVersion(let kind, let number, let latest):
            latest.map {
                "\(vietnameseTitle(kind)) chưa có phiên bản \(number) đã công bố; phiên bản mới nhất là \($0)."
            }
                ?? "\(vietnameseTitle(kind)) chưa công bố phiên bản nào."
        case .outOfStep(let entry, let table):
            "Không hoàn tác hay làm lại được thay đổi #\(entry): dữ liệu bảng \(table) không còn như nhật ký ghi "
                + "(tệp kế hoạch đã bị sửa ngoài FairPlan)."
        }
    }

    /// An entry named in a sentence: number, command, subject, who and when.
    private static func vietnameseLabel(_ entry: JournalEntry) -> String {
        "#\(entry.number) (\(entry.note.command)" + (entry.note.subject.map { " «\($0)»" } ?? "")
            + ", \(entry.note.user), \(entry.note.at))"
    }

    /// What an entry changed, by kind: «thêm 1 tổ chức; sửa 2 đơn vị tham gia; xoá 1 gian được phân».
    private static func vietnamese(_ counts: [JournalTable: JournalCounts]) -> String {
        let tables = counts.keys.sorted()
        let parts = [
            ("thêm", \JournalCounts.added), ("sửa", \JournalCounts.changed), ("xoá", \JournalCounts.removed),
        ]
        .compactMap { verb, path -> String? in
            let listed = tables.compactMap { table -> String? in
                let count = counts[table]?[keyPath: path] ?? 0
                return count > 0 ? JournalMessage.rows(table, count: count).vietnameseText : nil
            }
            return listed.isEmpty ? nil : "\(verb) \(listed.joined(separator: ", "))"
        }
        return parts.isEmpty ? "không thay đổi dòng nào" : parts.joined(separator: "; ")
    }

    /// A booth plan or a programme inside a sentence.
    static func vietnameseNoun(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "sơ đồ gian hàng"
        case .programme: "chương trình"
        }
    }

    /// A booth plan or a programme at the start of a sentence.
    static func vietnameseTitle(_ kind: PublicationKind) -> String {
        switch kind {
        case .boothPlan: "Sơ đồ gian hàng"
        case .programme: "Chương trình"
        }
    }

    /// What a row of a plan table is, as people call it.
    static func vietnameseNoun(_ table: JournalTable) -> String {
        switch table {
        case .event: "sự kiện"
        case .venue: "địa điểm"
        case .venueBooth: "gian trên sơ đồ địa điểm"
        case .organisation: "tổ chức"
        case .organisationMember: "thành viên liên hiệp"
        case .product: "sản phẩm"
        case .person: "người"
        case .connectionPoint: "điểm cầu"
        case .attendance: "đăng ký tham dự"
        case .party: "đơn vị tham gia"
        case .boothRequest: "đăng ký gian hàng"
        case .requestOrganisation: "tổ chức dùng chung gian"
        case .requestProduct: "mục trong danh sách trưng bày của gian"
        case .boothAssignment: "gian được phân"
        case .session: "phiên"
        case .sessionParticipant: "người tham gia phiên"
        case .sessionPoint: "điểm cầu nối với phiên"
        case .publishedVersion: "phiên bản công bố"
        case .boothOffer: "đề xuất mời nhận gian"
        case .submission: "đăng ký trực tuyến"
        }
    }
}
