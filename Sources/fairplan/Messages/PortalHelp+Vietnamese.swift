extension PortalHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .serveAbstract: "Chạy cổng thông tin web: sự kiện, chương trình, gian hàng, điểm cầu."
        case .serveDiscussion:
            """
            Phục vụ các trang công khai của từng tệp kế hoạch tại /<tên-tệp>: trang sự kiện; chương trình \
            theo ngày và theo điểm cầu (kèm tải lịch iCalendar và frab XML); danh mục gian hàng với sơ đồ; \
            các điểm cầu với số đại biểu, người chủ trì và liên hệ kỹ thuật. Chỉ hiện bản đã công bố \
            (fairplan publish), không bao giờ hiện kế hoạch đang làm. Tiếng Việt mặc định, tiếng Anh với \
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
        }
    }
}
