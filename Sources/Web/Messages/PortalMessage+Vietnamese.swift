import Planning

extension PortalMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .portalName: return "Cổng thông tin hội chợ, hội nghị"
        case .skipToContent: return "Bỏ qua thanh điều hướng, đến nội dung chính"
        case .navigation: return "Điều hướng chính"
        case .otherLanguage: return "English"
        case .eventsHeading: return "Các sự kiện"
        case .eventPage: return "Sự kiện"
        case .programmePage: return "Chương trình"
        case .exhibitorsPage: return "Gian hàng"
        case .pointsPage: return "Điểm cầu"
        case .organiser: return "Đơn vị tổ chức"
        case .dates: return "Thời gian"
        case .place: return "Địa điểm"
        case .venue: return "Nơi tổ chức"
        case .exhibitorCount(let count): return "\(count) đơn vị trưng bày"
        case .sessionCount(let count): return "\(count) phiên"
        case .pointCount(let count): return "\(count) điểm cầu"
        case .notPublished(.boothPlan): return "Sơ đồ gian hàng chưa được công bố."
        case .notPublished(.programme): return "Chương trình chưa được công bố."
        case .publishedVersion(let kind, let number, let at):
            return
                "\(kind.name(vi)): bản công bố số \(number), lúc \(at.time) ngày \(at.date.vietnamese) (giờ Việt Nam)"
        case .day(let date): return "\(date.weekday.name(vi)), ngày \(date.vietnamese)"
        case .time: return "Thời gian"
        case .session: return "Nội dung"
        case .room: return "Phòng"
        case .chairsAndSpeakers: return "Chủ trì, trình bày"
        case .linkedPoints: return "Điểm cầu nối"
        case .programmeForPoint: return "Xem chương trình theo điểm cầu"
        case .allPoints: return "Tất cả điểm cầu"
        case .show: return "Xem"
        case .programmeAtPoint(let point): return "Chương trình tại điểm cầu «\(point)»"
        case .calendarDownload: return "Tải lịch (iCalendar, .ics)"
        case .frabDownload: return "Tải chương trình (frab XML)"
        case .floorPlan: return "Sơ đồ gian hàng"
        case .floorPlanDescription(let event):
            return "Sơ đồ gian hàng của «\(event)»; danh mục gian ở bảng bên dưới."
        case .exhibitorFloorPlan(let name, let booths):
            return "Sơ đồ gian hàng, các gian của «\(name)» được tô đậm: \(booths.joined(separator: ", "))."
        case .boothIndex: return "Danh mục gian hàng"
        case .booth: return "Gian"
        case .exhibitor: return "Đơn vị trưng bày"
        case .province: return "Tỉnh, thành phố"
        case .booths: return "Các gian"
        case .productsShown: return "Sản phẩm trưng bày"
        case .allProducts: return "Toàn bộ sản phẩm của các đơn vị"
        case .organisations: return "Các đơn vị cùng trưng bày"
        case .backToPlan: return "Về danh mục gian hàng"
        case .pointRole: return "Vai trò"
        case .host: return "Đơn vị đăng cai"
        case .chair: return "Chủ trì điểm cầu"
        case .technicalContact: return "Liên hệ kỹ thuật"
        case .delegates: return "Số đại biểu"
        case .hallCapacity: return "Sức chứa hội trường"
        case .notNamed: return "Chưa có"
        case .noSessions: return "Chưa có phiên nào nối với điểm cầu này trong chương trình đã công bố."
        case .notFound: return "Không tìm thấy trang"
        case .notFoundExplanation:
            return "Địa chỉ này không có trên cổng thông tin. Hãy quay về trang sự kiện."
        case .badRequest: return "Yêu cầu không hợp lệ"
        case .refusedExplanation(let status):
            switch status {
            case 400:
                return
                    "Trình duyệt gửi một yêu cầu không đọc được (địa chỉ hoặc biểu mẫu bị hỏng, hoặc một ô "
                    + "dài quá 4.000 ký tự). Hãy quay lại, kiểm tra và gửi lại."
            case 403: return "Tài khoản của bạn không được dùng trang này; hãy nhờ quản trị viên."
            case 405: return "Địa chỉ này chỉ mở để xem (GET) hoặc gửi biểu mẫu (POST)."
            case 413: return "Dữ liệu gửi lên quá lớn (tệp hoặc biểu mẫu vượt giới hạn). Hãy gửi tệp nhỏ hơn."
            case 415: return "Dữ liệu gửi lên không phải biểu mẫu hay tệp mà trang này nhận."
            case 429: return "Bạn đã gửi quá nhiều lần trong một phút; hãy đợi một lát rồi thử lại."
            default: return PortalMessage.notFoundExplanation.vietnamese
            }
        case .sessionEndedHeading: return "Phiên đăng nhập đã kết thúc"
        case .signInAgain: return "Đăng nhập lại"
        case .serverError: return "Không đọc được kế hoạch; ban tổ chức đã được báo trong nhật ký máy chủ."
        case .footer(let version): return "Lập bằng FairPlan \(version)"
        case .error(.noPlans):
            return "Không có tệp kế hoạch nào để phục vụ: hãy chỉ ra bằng --plan TỆP, hoặc dùng --demo."
        case .error(.duplicateSlug(let slug, let paths)):
            return
                "Hai tệp kế hoạch sẽ có cùng địa chỉ /\(slug): \(paths.joined(separator: ", ")); hãy đổi tên một tệp."
        case .error(.templates(let reason)):
            return "Không đọc được mẫu trang của cổng thông tin (bản cài đặt FairPlan bị hỏng?): \(reason)"
        case .error(.invalidHost(let host)):
            return
                "Địa chỉ «\(host)» không dùng được cho --host: hãy ghi tên máy hoặc địa chỉ IP, ví dụ 127.0.0.1."
        case .error(.editedMeanwhile(let field, let stored)):
            return
                "«\(field)» đã được người khác sửa thành «\(stored)» sau khi anh/chị mở trang này; chưa lưu gì. Trang đã hiện giá trị mới nhất: hãy xem lại rồi lưu."
        case .error(.staleForm):
            return "Biểu mẫu đã hết hạn hoặc không hợp lệ (trang được mở từ trước lần đăng nhập này, hoặc "
                + "không được gửi từ cổng thông tin này). Hãy tải lại trang rồi thử lại."
        case .error(.sessionEnded):
            return "Phiên đăng nhập của anh/chị đã kết thúc (đã đăng xuất ở một thẻ khác, hoặc máy chủ vừa "
                + "khởi động lại), nên biểu mẫu chưa được lưu. Hãy đăng nhập lại: trang biểu mẫu sẽ mở lại "
                + "để anh/chị nhập và gửi lại."
        case .serving(let address, let sites):
            return "Cổng thông tin đang chạy tại \(address)\n"
                + sites.map { "  \($0)" }.joined(separator: "\n")
        case .wouldServe(let address, let sites):
            return "Đã kiểm tra xong (--dry-run): cổng thông tin sẽ chạy tại \(address), chưa mở cổng\n"
                + sites.map { "  \($0)" }.joined(separator: "\n")
        case .howToStop: return "Nhấn Ctrl+C để dừng."
        }
    }
}
