/// The fictitious name parts, positions and organisation names the attendee list combines.
extension AttendeeList {
    /// Common family names (họ).
    static let families = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
        "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Mai",
    ]
    /// Middle names (tên đệm) for men.
    static let maleMiddles = ["Văn", "Hữu", "Minh", "Quốc", "Đức", "Thanh", "Công", "Xuân"]
    /// Middle names (tên đệm) for women.
    static let femaleMiddles = ["Thị", "Thị Thu", "Ngọc", "Thị Kim", "Thanh", "Thị Hồng", "Diệu", "Bảo"]
    /// Given names (tên) for men.
    static let maleGivens = [
        "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Khoa",
        "Lâm", "Long", "Lộc", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Thắng", "Toàn", "Tuấn",
        "Việt",
    ]
    /// Given names (tên) for women.
    static let femaleGivens = [
        "Anh", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Huyền", "Hương", "Lan",
        "Liên", "Loan", "Mai", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo",
        "Trang", "Yến",
    ]
    /// Positions (chức vụ), from the cooperatives and the alliances.
    static let positions = [
        "Chủ tịch HĐQT", "Phó Chủ tịch HĐQT", "Thành viên HĐQT", "Giám đốc", "Phó Giám đốc", "Kế toán",
        "Kế toán trưởng", "Trưởng Ban kiểm soát", "Kiểm soát viên", "Thành viên", "Chủ tịch Liên minh HTX",
        "Phó Chủ tịch Liên minh HTX", "Trưởng phòng Hỗ trợ phát triển HTX", "Chuyên viên",
        "Tổ trưởng tổ hợp tác",
    ]
    /// Kinds of organisation, written as organisers shorten them.
    static let organisationKinds = [
        "HTX Nông nghiệp", "HTX Dịch vụ nông nghiệp", "HTX Chè", "HTX Rau an toàn", "HTX Thủy sản",
        "HTX Cà phê", "HTX Mây tre đan", "HTX Dệt thổ cẩm", "HTX Gốm", "HTX Mật ong", "HTX Bưởi",
        "HTX Lúa gạo hữu cơ", "Tổ hợp tác", "Liên hiệp HTX", "Quỹ tín dụng nhân dân",
    ]
    /// Village-like place names (fictitious combinations).
    static let places = [
        "Tân Hòa", "Phú Lợi", "Mỹ Thạnh", "Long Phước", "Thới An", "Vĩnh Xuân", "Hòa Bình Đông",
        "An Phú Tây", "Tân Lập", "Phước Hưng", "Bình Thạnh Trung", "Mỹ Hiệp", "Hưng Thịnh", "Đông Thạnh",
        "Tân Thành", "Thạnh Lộc", "Phú An", "Hiệp Hòa", "Long Điền", "Mỹ Tú", "Tân Phước", "Vĩnh Hòa",
        "Tam Bình", "Lợi An", "Bản Chiềng", "Nà Hang", "Sơn Thủy", "Đồng Tâm", "Quỳnh Lâm", "Yên Thế",
    ]
}
