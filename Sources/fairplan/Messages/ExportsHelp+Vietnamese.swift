extension ExportsHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .discussion:
            """
            ODS và FODS ghi nhiều danh sách trong một tệp bảng tính (mỗi danh sách một trang); XML và \
            CSV ghi mỗi danh sách một tệp; frab (lịch cho ứng dụng hội nghị) và ics (iCalendar) dành \
            cho chương trình. Tên trang, tiêu đề cột và nội dung theo ngôn ngữ đang dùng. Tệp được ghi \
            vào tệp tạm rồi đổi tên, mặc định trong Exports/. Kế hoạch là tệp kế hoạch (--plan \
            ĐƯỜNG_DẪN, hoặc tệp *.fairplan duy nhất trong thư mục hiện tại); --sample fair|briefing xuất \
            kế hoạch mẫu, và là mặc định khi không có tệp kế hoạch.

            Mặc định xuất phiên bản đã công bố mới nhất: sơ đồ gian hàng và chương trình như đã gửi đi, \
            không phải kế hoạch đang làm; --draft xuất kế hoạch đang làm. Khi chưa công bố gì, lệnh xuất \
            kế hoạch đang làm và báo như vậy. Danh sách đơn vị tham gia có cột Trạng thái (trạng thái \
            đăng ký); --status chỉ giữ các đơn vị có trạng thái đó.
            """
        case .draft: "Xuất kế hoạch đang làm (chưa công bố) thay cho phiên bản đã công bố mới nhất."
        case .status:
            "Chỉ các đơn vị tham gia có trạng thái này (danh sách exhibitors): pending, confirmed, placed, "
                + "waitlisted, withdrawn hoặc tên tiếng Việt («đã xếp gian»)."
        }
    }
}
