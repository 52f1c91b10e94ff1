import Planning
import Store

extension PortalHelp {
    /// The Vietnamese name of a role.
    static func vi(_ role: StaffAccount.Role) -> String {
        switch role {
        case .staff: "cán bộ"
        case .admin: "quản trị"
        }
    }

    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .serveAbstract: "Chạy cổng thông tin web: sự kiện, chương trình, gian hàng, điểm cầu."
        case .serveDiscussion:
            """
            Phục vụ các trang công khai của từng tệp kế hoạch tại /<tên-tệp>: trang sự kiện; chương trình \
            theo ngày và theo điểm cầu (kèm tải lịch iCalendar và frab XML); danh mục gian hàng với sơ đồ; \
            các điểm cầu với số đại biểu, người chủ trì và liên hệ kỹ thuật. Chỉ hiện bản đã công bố \
            (fairplan publish), không bao giờ hiện kế hoạch đang làm. Trang /<tên-tệp>/dang-ky nhận \
            đăng ký của hợp tác xã (biểu mẫu hoặc tệp mẫu đã điền), kiểm tra theo cùng quy tắc với \
            fairplan import, ghi vào tệp kế hoạch ở trạng thái chờ xác nhận và cấp một đường dẫn riêng \
            để xem tình trạng. Tiếng Việt mặc định, tiếng Anh với \
            ?lang=en; không cần JavaScript. Mặc định chỉ nghe trên máy này (127.0.0.1).
            """
        case .plans:
            "Tệp kế hoạch để phục vụ (lặp lại để phục vụ nhiều tệp; mặc định: tệp duy nhất trong thư mục)."
        case .host: "Địa chỉ nghe (mặc định 127.0.0.1: chỉ máy này)."
        case .port: "Cổng nghe (1–65535)."
        case .demo:
            "Chạy chương trình mẫu, công bố sơ đồ và chương trình của nó, rồi phục vụ hai tệp kế hoạch mẫu."
        case .demoFolder: "Thư mục ghi các tệp của chương trình mẫu (mặc định: Exports/demo)."
        case .dryRun:
            "Chỉ kiểm tra: mở các tệp kế hoạch, nạp mẫu trang, in địa chỉ sẽ phục vụ rồi thoát, không nghe."
        case .registrationCloses:
            "Ngày hết hạn nhận đăng ký (dd/mm/yyyy, hết 23:59; mặc định: ngày trước ngày khai mạc)."
        case .formLimit:
            "Số lần gửi biểu mẫu tối đa mỗi phút từ một địa chỉ (0: không giới hạn; mặc định 20)."
        case .noRegistration: "Chỉ phục vụ trang công khai, không nhận đăng ký (mở tệp kế hoạch chỉ để đọc)."
        case .userAbstract: "Quản lý tài khoản cán bộ đăng nhập khu quản lý của cổng thông tin."
        case .userDiscussion:
            """
            Tài khoản lưu trong tệp kế hoạch, mỗi tài khoản có vai trò staff (cán bộ: xử lý đăng ký, xếp \
            gian, xếp lịch, công bố, tải tệp) hoặc admin (quản trị: như cán bộ, thêm quản lý tài khoản). \
            Mật khẩu chỉ được lưu dưới dạng băm bcrypt.
            """
        case .userAddAbstract: "Tạo tài khoản cán bộ."
        case .userAddDiscussion:
            """
            Mật khẩu (10–72 byte) được hỏi hai lần, không hiện trên màn hình; khi chạy trong script, \
            mật khẩu lấy từ dòng đầu của đầu vào chuẩn, ví dụ: printf '%s\\n' "$MAT_KHAU" | fairplan user add lan.nguyen
            """
        case .userListAbstract: "Liệt kê các tài khoản cán bộ và vai trò."
        case .userRemoveAbstract: "Xóa một tài khoản cán bộ."
        case .userName: "Tên đăng nhập (1–64 chữ cái, chữ số hoặc . - _ @)."
        case .userRole: "Vai trò: staff (cán bộ, mặc định) hoặc admin (quản trị)."
        case .userPasswordFile: "Đọc mật khẩu từ dòng đầu của tệp này (cho kịch bản tự động) thay vì hỏi."
        case .passwordPrompt: "Mật khẩu:"
        case .passwordAgain: "Nhập lại mật khẩu:"
        case .accountAdded(let name, let role): "Đã tạo tài khoản «\(name)» (\(Self.vi(role)))."
        case .accountRemoved(let name): "Đã xóa tài khoản «\(name)»."
        case .accountLine(let name, let role, let createdAt):
            "\(name)\t\(Self.vi(role))\ttạo lúc \(createdAt.time) ngày \(createdAt.date.vietnamese)"
        case .noAccounts: "Chưa có tài khoản nào: tạo bằng fairplan user add TÊN --role staff."
        }
    }
}
