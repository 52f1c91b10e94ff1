import Planning
import Store

extension StaffMessage {
    /// The Vietnamese wording.
    var vietnameseText: String {
        let vi = Language.vietnamese
        switch self {
        case .signInPage: return "Đăng nhập khu quản lý"
        case .name: return "Tên đăng nhập"
        case .password: return "Mật khẩu"
        case .signIn: return "Đăng nhập"
        case .signInFailed: return "Tên đăng nhập hoặc mật khẩu không đúng."
        case .tooManyAttempts:
            return "Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau một phút."
        case .staleForm:
            return "Trang đã cũ hoặc không được gửi từ cổng thông tin này. Vui lòng mở lại trang."
        case .signOut: return "Đăng xuất"
        case .signedInAs(let name, let role):
            return "Đang đăng nhập: \(name) (\(StaffMessage.roleName(role).text(vi)))"
        case .consolePage: return "Quản lý đăng ký"
        case .status: return "Tình trạng"
        case .allStatuses: return "Tất cả"
        case .province: return "Tỉnh, thành phố"
        case .allProvinces: return "Tất cả các tỉnh"
        case .search: return "Tên đơn vị"
        case .filter: return "Lọc"
        case .count(let status, let count): return "\(status.name(vi)): \(count)"
        case .registration: return "Đơn vị đăng ký"
        case .booths: return "Gian (đăng ký / được xếp)"
        case .findings: return "Cần xem"
        case .actions: return "Thao tác"
        case .throughPortal: return "đăng ký qua cổng"
        case .correctedThroughLink(let time):
            return "đã tự sửa qua liên kết riêng lúc \(RegistrationMessage.vietnamese(time))"
        case .confirm: return "Xác nhận"
        case .withdraw: return "Rút đăng ký"
        case .boothPlan: return "Sơ đồ gian hàng"
        case .allocate: return "Xếp gian"
        case .allocateHint:
            return
                "Xếp gian cho các đơn vị đã xác nhận (giữ các gian đã ghim); đơn vị không đủ chỗ vào danh sách chờ."
        case .publish: return "Công bố sơ đồ"
        case .publishHint:
            return "Kiểm tra rồi công bố sơ đồ gian hàng hiện tại thành một phiên bản mới trên cổng."
        case .noRegistrations: return "Không có đăng ký nào khớp bộ lọc."
        case .confirmed: return "Đã xác nhận đăng ký."
        case .withdrawn: return "Đã rút đăng ký; các gian của đơn vị được trả lại."
        case .allocated(let placed, let waiting):
            return "Đã xếp gian: \(placed) đơn vị có gian, \(waiting) đơn vị trong danh sách chờ."
        case .published(let version): return "Đã công bố sơ đồ gian hàng, phiên bản số \(version)."
        case .failed(let reason): return "Không thực hiện được: \(reason)"
        case .accountsPage: return "Tài khoản cán bộ"
        case .role: return "Vai trò"
        case .roleName(.staff): return "cán bộ"
        case .roleName(.admin): return "quản trị"
        case .adminOnly: return "Chỉ tài khoản quản trị xem được trang này."
        }
    }
}
