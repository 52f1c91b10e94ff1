import Foundation
import Planning

/// Words of two or more syllables common in the names of organisations, places and products,
/// which a line should not split: «HỢP TÁC XÃ», «SẢN XUẤT», «CHẾ BIẾN». Vietnamese writes each
/// syllable apart, so breaking at any space may cut a word in two; these are kept whole when
/// the line has room. The names of the provinces (before and after 2025) count as compounds.
enum VietnameseCompounds {
    /// The compounds, in lower case (NFC).
    static let words: Set<String> = common.union(
        (ProvinceDirectory.all.map(\.name) + ProvinceDirectory.former.map(\.name))
            .map { $0.lowercased().replacingOccurrences(of: " - ", with: " ") }
            .filter { $0.contains(" ") })

    /// Common compounds of organisations', places' and products' names.
    static let common: Set<String> = [
        "hợp tác xã", "liên minh", "liên hiệp", "việt nam", "cộng hòa", "cộng hoà", "xã hội", "chủ nghĩa",
        "sản xuất", "kinh doanh", "dịch vụ", "nông nghiệp", "lâm nghiệp", "ngư nghiệp", "công nghiệp",
        "tiểu thủ công nghiệp", "thủ công", "mỹ nghệ", "thủ công mỹ nghệ", "tổng hợp", "chế biến",
        "nông sản", "thủy sản", "thuỷ sản", "hải sản", "lâm sản", "đặc sản", "thực phẩm", "thương mại",
        "xuất nhập khẩu", "xuất khẩu", "nhập khẩu", "công ty", "cổ phần", "trách nhiệm hữu hạn",
        "hữu hạn", "một thành viên", "thành viên", "doanh nghiệp", "tư nhân", "hộ kinh doanh",
        "hữu cơ", "an toàn", "du lịch", "cộng đồng", "sinh thái", "phát triển", "đầu tư", "vận tải",
        "môi trường", "xây dựng", "chăn nuôi", "trồng trọt", "dược liệu", "rau quả", "trái cây",
        "cây ăn quả", "nước mắm", "cà phê", "mật ong", "tinh dầu", "nước sạch", "vật tư", "điện năng",
        "ủy ban", "uỷ ban", "nhân dân", "thành phố", "thị xã", "thị trấn", "hội chợ", "triển lãm",
        "ban tổ chức", "tổ chức", "chủ tịch", "giám đốc", "phó giám đốc", "văn phòng", "trung tâm",
        "khuyến công", "khuyến nông", "xúc tiến", "dân tộc", "miền núi", "đồng bằng", "sông cửu long",
        "cửu long", "tây nguyên", "đông nam bộ", "nam bộ", "bắc bộ", "trung bộ", "duyên hải",
        "hà nội", "hồ chí minh", "thành phố hồ chí minh", "đà nẵng", "hải phòng", "cần thơ", "huế",
        "truyền thống", "công nghệ", "công nghệ cao", "đồng bào", "nông thôn", "nông dân", "tổ hợp tác",
        "hộ nông dân", "làng nghề", "nghề truyền thống", "tiêu dùng", "tín dụng", "quỹ tín dụng",
        "nhân dân", "vệ sinh", "an toàn thực phẩm", "sức khỏe", "sức khoẻ", "chất lượng", "giá trị",
        "chuỗi giá trị", "liên kết", "tiêu thụ", "phân phối", "bán lẻ", "bán buôn", "siêu thị",
        "điện tử", "thương mại điện tử", "chuyển đổi số", "kỹ thuật", "khoa học", "đặc sắc",
        "gạo", "lúa gạo", "cà phê", "hồ tiêu", "hạt điều", "chè", "trà", "bánh kẹo", "gốm sứ", "mây tre",
        "mây tre đan", "thổ cẩm", "dệt may", "sơn mài", "đồ gỗ", "thủ công mỹ nghệ", "vật liệu",
        "phân bón", "giống cây trồng", "cây trồng", "vật nuôi", "nuôi trồng", "nuôi ong", "đánh bắt",
        "chế tác", "kim hoàn", "hương liệu", "mỹ phẩm", "thảo dược", "nấm", "dừa", "sâm", "rượu vang",
        "xã viên", "miền bắc", "miền trung", "miền nam", "toàn quốc", "quốc gia", "quốc tế",
        "tổng kết", "hội nghị", "trực tuyến", "điểm cầu", "hội nông dân", "phụ nữ", "thanh niên",
        "cựu chiến binh", "lâm đồng", "đồng nai", "đắk lắk", "phú quốc", "mãi mãi",
    ]

    /// The longest compound, in syllables.
    static let longest = words.map { $0.split(separator: " ").count }.max() ?? 1

    /// Short words a line should not end with: they lean on the word after them («VÀ CHẾ BIẾN»).
    static let leaning: Set<String> = ["và", "của", "các", "những", "với", "tại", "cho"]

    /// The units of `text` a line may not split: its compounds, matched longest first and in any
    /// case, and its other syllables, each joined by single spaces; a word that leans on the
    /// next (``leaning``) is joined to the unit after it.
    static func units(_ text: String, longest: Int = longest) -> [String] {
        let syllables = text.split(separator: " ").map(String.init)
        let lowered = syllables.map { $0.lowercased() }
        var units: [String] = []
        var index = 0
        while index < syllables.count {
            var length = min(longest, syllables.count - index)
            while length > 1, !words.contains(lowered[index..<index + length].joined(separator: " ")) {
                length -= 1
            }
            units.append(syllables[index..<index + length].joined(separator: " "))
            index += length
        }
        var joined: [String] = []
        var pending: String?
        for unit in units {
            let word = pending.map { "\($0) \(unit)" } ?? unit
            pending = nil
            if leaning.contains(unit.lowercased()) {
                pending = word
            } else {
                joined.append(word)
            }
        }
        if let pending { joined.append(pending) }
        return joined
    }
}
