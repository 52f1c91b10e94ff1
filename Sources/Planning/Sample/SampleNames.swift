/// Name parts the sample generator combines into fictitious people, places and products.
enum SampleNames {
    /// Common family names.
    static let families = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý",
    ]
    /// Middle names for men and women.
    static let middles = [
        ["Văn", "Hữu", "Minh", "Quốc", "Thanh"], ["Thị", "Thị Thu", "Ngọc", "Thị Kim", "Thanh"],
    ]
    /// Given names for men and women.
    static let givens = [
        [
            "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân",
            "Sơn", "Tuấn",
        ],
        [
            "Anh", "Hạnh", "Hoa", "Hương", "Lan", "Mai", "Ngân", "Nhung", "Phương", "Tâm", "Thảo", "Trang",
            "Vy", "Yến",
        ],
    ]
    /// Village-like place names for cooperatives.
    static let places = [
        "Tân Hòa", "Phú Lợi", "Mỹ Thạnh", "Long Phước", "Thới An", "Vĩnh Xuân", "Hòa Bình Đông", "An Phú Tây",
        "Tân Lập", "Phước Hưng", "Bình Thạnh Trung", "Mỹ Hiệp", "Hưng Thịnh", "Đông Thạnh", "Tân Thành",
        "Thạnh Lộc", "Phú An", "Hiệp Hòa", "Long Điền", "Mỹ Tú", "Tân Phước", "Vĩnh Hòa", "Tam Bình",
        "Lợi An",
    ]

    /// A fictitious person's full name for an index, alternating men and women.
    static func person(_ index: Int) -> (name: String, honorific: Honorific) {
        let female = index % 2
        let family = families[(index * 7 + 3) % families.count]
        let middle = middles[female][(index * 3 + 1) % middles[female].count]
        let given = givens[female][(index * 5 + 2) % givens[female].count]
        return ("\(family) \(middle) \(given)", female == 1 ? .mrs : .mr)
    }

    /// A fictitious mobile number for an index: `0901 0xx xxx`.
    static func phone(_ index: Int) -> String {
        let digits = String(100_000 + index % 900_000).dropFirst()
        return "09010" + digits
    }
}
