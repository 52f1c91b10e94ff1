import Planning
import Scheduler

extension QueueMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .error(.noOffer(let party)):
            return "Đơn vị «\(party)» không có đề xuất gian nào đang chờ trả lời (xem `fairplan offer list`)."
        case .error(.notWaiting(let party, let status)):
            return
                "Đơn vị «\(party)» không còn trong danh sách chờ (trạng thái: \(status.name(vi))) nên không nhận "
                + "được gian đề xuất; hãy từ chối đề xuất (fairplan offer decline)."
        case .error(.boothsUnavailable(let party, let booths)):
            return
                "Các gian đề xuất cho «\(party)» không còn trống: \(booths.joined(separator: ", ")); hãy từ chối "
                + "đề xuất (fairplan offer decline) hoặc lập lại sơ đồ gian hàng (fairplan allocate booths)."
        case .offersHeading:
            return "Đề xuất mời danh sách chờ, theo thứ tự (đã lưu, chờ từng đơn vị trả lời):"
        case .offer(let position, let party, let booths):
            return "  \(position). \(party): gian \(booths.joined(separator: ", "))"
        case .noOffers: return "Không có đơn vị nào trong danh sách chờ nhận được các gian này."
        case .passedOver(let parties):
            return "Đơn vị chờ không vừa khối gian trống nào (giữ chỗ trong danh sách chờ): "
                + parties.joined(separator: "; ")
        case .unoffered(let booths):
            return "Gian được trả lại chưa mời đơn vị nào: \(booths.joined(separator: ", "))."
        case .howToAnswer:
            return
                "Đơn vị nhận gian: `fairplan offer accept ĐƠN_VỊ`; từ chối (gian được mời đơn vị tiếp theo): "
                + "`fairplan offer decline ĐƠN_VỊ`; xem các đề xuất: `fairplan offer list`."
        case .offersNotMade(let error):
            return "Chưa lập được đề xuất mời danh sách chờ: \(error.text(vi))"
        case .accepted(let party, let booths):
            return "Đơn vị «\(party)» đã nhận gian \(booths.joined(separator: ", ")) "
                + "(\(RegistrationStatus.waitlisted.name(vi)) → \(RegistrationStatus.placed.name(vi)))."
        case .declined(let party, let booths):
            return
                "Đơn vị «\(party)» đã từ chối gian \(booths.joined(separator: ", ")) và vẫn giữ chỗ trong danh "
                + "sách chờ."
        case .noPendingOffers: return "Không có đề xuất gian nào đang chờ trả lời."
        case .pendingOffersHeading(let count): return "Đề xuất gian đang chờ trả lời (\(count)):"
        case .pendingOffer(let party, let booths, let time, let reason, let freedBy, let position):
            let cause =
                switch reason {
                case .withdrawal: "«\(freedBy)» rút đăng ký"
                case .declined: "«\(freedBy)» từ chối"
                }
            let place = position.map { "thứ \($0) trong danh sách chờ" } ?? "không còn trong danh sách chờ"
            return "  \(party) (\(place)): \(booths.joined(separator: ", ")) — mời lúc \(time), do \(cause)"
        case .offerBoothsUnavailable(let booths):
            return
                "    Không nhận được nữa: gian \(booths.joined(separator: ", ")) không còn trống (hãy từ chối)."
        case .offerPartyNotWaiting(let status):
            return "    Không nhận được nữa: đơn vị ở trạng thái «\(status.name(vi))» (hãy từ chối)."
        }
    }
}
