import Planning
import Scheduler

extension ManualMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        func list(_ booths: [String]) -> String { booths.joined(separator: ", ") }
        switch self {
        case .error(let error):
            switch error {
            case .noVenue:
                return
                    "Kế hoạch chưa có địa điểm (fairplan venue use TỆP) nên chưa có gian hàng, phòng để xếp."
            case .unknownBooth(let code):
                return "Địa điểm không có gian «\(code)»; hãy ghi đúng mã gian như trên sơ đồ (ví dụ A-01)."
            case .boothTaken(let booth, let party):
                return "Gian \(booth) đang thuộc «\(party)»; hãy chuyển đơn vị đó sang gian khác "
                    + "(fairplan move) hoặc đổi gian (fairplan swap) trước."
            case .boothAlreadyHeld(let booth, let party):
                return "«\(party)» đã có gian \(booth)."
            case .notBookable(let party, let status):
                if status == .withdrawn {
                    return "«\(party)» đã rút đăng ký; đơn vị đã rút không được xếp gian."
                }
                return "«\(party)» đang ở trạng thái «\(status.name(vi))»: hãy xác nhận đăng ký "
                    + "(fairplan confirm) trước khi xếp gian."
            case .holdsNoBooths(let party):
                return "«\(party)» chưa có gian nào trong sơ đồ gian hiện tại."
            case .sameParty(let party):
                return "Không thể đổi gian của «\(party)» với chính đơn vị đó."
            case .boothRulesBroken(let findings):
                return "Không ghi vì sơ đồ gian sau thay đổi vi phạm \(findings.count) quy tắc bắt buộc "
                    + "(kiểm tra như `fairplan check booths`); hãy sửa lại hoặc dùng --force để vẫn ghi:\n"
                    + findings.map { "  \($0.text(vi))" }.joined(separator: "\n")
            case .sessionNotPlaced(let session):
                return "Phiên «\(session)» chưa được xếp phòng và giờ nên chưa ghim được; "
                    + "hãy dùng `fairplan place session` để xếp và ghim."
            case .timetableRulesBroken(let session, let issues):
                return "Không xếp phiên «\(session)» vào chỗ này vì vi phạm \(issues.count) quy tắc "
                    + "(kiểm tra như `fairplan check sessions`); hãy chọn phòng, giờ khác hoặc dùng --force để vẫn ghi:\n"
                    + issues.map { "  \($0.text(vi))" }.joined(separator: "\n")
            case .nothingNewToPublish(let kind, let version):
                let what = kind == .boothPlan ? "Kế hoạch gian hàng" : "Chương trình"
                return "\(what) đang làm giống hệt bản \(version) đã công bố nên không có gì mới để công bố; "
                    + "không tạo bản \(version + 1) trùng bản \(version). Hãy sửa kế hoạch trước khi công bố lại."
            }
        case .boothsChanged(let party, let from, let to):
            if from.isEmpty { return "«\(party)»: nhận gian \(list(to))." }
            if to.isEmpty { return "«\(party)»: trả gian \(list(from))." }
            return "«\(party)»: gian \(list(from)) → \(list(to))."
        case .boothsPinned(let party, let booths):
            return
                "Đã ghim gian \(list(booths)) của «\(party)»: phân gian tự động sẽ giữ nguyên các gian này."
        case .boothsUnpinned(let party, let booths):
            return "Đã bỏ ghim gian \(list(booths)) của «\(party)»: phân gian tự động có thể chuyển đơn vị "
                + "sang gian khác."
        case .alreadyPinned(let party):
            return "Các gian của «\(party)» đã được ghim từ trước; không có gì thay đổi."
        case .notPinned(let party):
            return "Các gian của «\(party)» chưa được ghim; không có gì thay đổi."
        case .boothCheckClean:
            return
                "Kiểm tra sơ đồ gian (như `fairplan check booths`): không có phát hiện nào về thay đổi này."
        case .boothCheckFindings(let hard, let soft):
            return
                "Kiểm tra sơ đồ gian (như `fairplan check booths`) — vi phạm bắt buộc: \(hard); lưu ý: \(soft):"
        case .writtenDespiteViolations(let count):
            return "Đã ghi dù vi phạm \(count) quy tắc bắt buộc (--force)."
        case .sessionPlaced(let session, let room, let start):
            return "Đã xếp phiên «\(session)» vào \(room) lúc \(start) và ghim tại đó: "
                + "xếp lịch tự động sẽ giữ nguyên."
        case .sessionPinned(let session, let room, let start):
            return "Đã ghim phiên «\(session)» tại \(room) lúc \(start): xếp lịch tự động sẽ giữ nguyên."
        case .sessionUnpinned(let session):
            return "Đã bỏ ghim phiên «\(session)»: xếp lịch tự động có thể dời phiên này."
        case .sessionAlreadyPinned(let session):
            return "Phiên «\(session)» đã được ghim tại chỗ này từ trước; không có gì thay đổi."
        case .sessionNotPinned(let session):
            return "Phiên «\(session)» chưa được ghim; không có gì thay đổi."
        case .sessionCheckClean:
            return
                "Kiểm tra chương trình (như `fairplan check sessions`): phiên không vi phạm quy tắc nào tại chỗ này."
        case .sessionCheckIssues(let count):
            return "Kiểm tra chương trình (như `fairplan check sessions`) — vi phạm: \(count):"
        case .keptPinnedBooths(let party, let booths):
            return "Giữ nguyên gian đã ghim của «\(party)»: \(list(booths))."
        case .keptPinnedSession(let session, let room, let start):
            return "Giữ nguyên phiên đã ghim «\(session)»: \(room), \(start)."
        case .pinNotKept(let session):
            return "Phiên đã ghim «\(session)» vi phạm quy tắc tại chỗ đã ghim: vẫn để nguyên, không dời "
                + "(lý do ở phần phiên chưa xếp được)."
        case .publishRefused:
            return "Không công bố: còn vi phạm quy tắc bắt buộc (hoặc bảng lập tay có lỗi); "
                + "không ghi gì vào tệp kế hoạch."
        case .pinnedSessionsMoved(let titles):
            return
                "Bản lập tay dời phiên đã ghim (muốn dời thì bỏ ghim trước bằng `fairplan unpin session`): "
                + titles.map { "«\($0)»" }.joined(separator: ", ") + "."
        }
    }
}
