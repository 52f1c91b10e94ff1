extension DocumentsHelp {
    /// The Vietnamese wording.
    var vietnameseText: String {
        switch self {
        case .abstract:
            "In giấy tờ: danh sách, giấy mời, thư gửi đơn vị, bảng tên gian hàng, thông báo thay đổi, thẻ đại biểu."
        case .discussion:
            """
            Giấy tờ là văn bản OpenDocument (.odt, ODF 1.3) theo thể thức Nghị định 30/2020/NĐ-CP: khổ \
            A4, lề trên và dưới 20 mm, lề trái 30 mm, lề phải 15 mm, phông Times New Roman cỡ 13–14; \
            tên cơ quan và số văn bản bên trái, Quốc hiệu và Tiêu ngữ bên phải, địa danh và ngày tháng, \
            tên loại văn bản, nơi nhận và chữ ký. --format pdf chuyển sang PDF bằng LibreOffice (cần cài \
            LibreOffice). Tệp được ghi vào tệp tạm rồi đổi tên, mặc định trong Exports/. Kế hoạch là tệp \
            kế hoạch (--plan, hoặc tệp *.fairplan duy nhất trong thư mục), mặc định theo phiên bản đã \
            công bố mới nhất (--draft: kế hoạch đang làm); --sample fair|briefing dùng kế hoạch mẫu.
            """
        case .kind(let kind):
            switch kind {
            case .lists: "Danh sách chính thức (đại biểu, đơn vị và gian hàng, sản phẩm, chương trình)."
            case .invitations: "Giấy mời, mỗi đại biểu một trang."
            case .exhibitorLetters:
                "Thư thông báo gian hàng gửi từng đơn vị tham gia, kèm trích sơ đồ có gian của đơn vị được tô đậm."
            case .fascia: "Bảng tên gian hàng (tên đơn vị và tỉnh, chữ lớn, A4 ngang), mỗi gian một trang."
            case .notices: "Thông báo thay đổi gửi từng đơn vị hoặc điểm cầu (so với phiên bản đã công bố)."
            case .badges: "Thẻ đại biểu, 8 thẻ mỗi trang A4 có đường cắt, kèm mã QR."
            }
        case .format: "Định dạng: odt hoặc pdf (pdf cần LibreOffice)."
        case .out: "Tệp ghi ra (mặc định trong Exports/)."
        case .party: "Chỉ đơn vị tham gia này (mã hoặc tên); nhắc lại tùy chọn cho nhiều đơn vị."
        case .point: "Chỉ điểm cầu này (mã hoặc tên)."
        case .organisation: "Chỉ đại biểu của tổ chức này (mã, mã số thuế hoặc tên)."
        case .list: "Chỉ một danh sách: attendees, exhibitors, products hoặc programme."
        case .number: "Số văn bản, ví dụ 12/GM-LMHTX (mặc định để trống để điền tay)."
        case .signer: "Họ tên người ký (mặc định để trống để ký tay)."
        case .draft: "Dùng kế hoạch đang làm thay cho phiên bản đã công bố mới nhất."
        case .fromVersion:
            "Phiên bản đã công bố làm mốc so sánh (mặc định: bản công bố mới nhất, hoặc bản trước đó khi kế hoạch đang làm đã được công bố)."
        case .toVersion: "Phiên bản đã công bố so đến (mặc định: kế hoạch đang làm)."
        }
    }
}
