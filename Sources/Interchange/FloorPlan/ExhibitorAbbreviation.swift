public import Planning

/// Shorter forms of an exhibitor's name for a booth label, the longest first: the legal forms
/// people already write short («Hợp tác xã» → «HTX», «Liên minh Hợp tác xã» → «LM HTX»,
/// «Công ty TNHH» → «Cty TNHH», «tỉnh» dropped), then common words («Nông nghiệp» → «NN»,
/// «Dịch vụ» → «DV»), then the name without its legal form («Cà Mau», «NN DV Tân Hòa»).
public enum ExhibitorAbbreviation {
    /// Legal forms and place words, replaced first (case-insensitive, whole words).
    static let legalForms: [(String, String)] = [
        ("Liên minh Hợp tác xã", "LM HTX"), ("Liên minh HTX", "LM HTX"), ("Liên hiệp hợp tác xã", "LHHTX"),
        ("Hợp tác xã", "HTX"), ("Tổ hợp tác", "THT"), ("Công ty Trách nhiệm hữu hạn", "Cty TNHH"),
        ("Công ty Cổ phần", "Cty CP"), ("Công ty", "Cty"), ("Doanh nghiệp tư nhân", "DNTN"),
        ("Hộ kinh doanh", "HKD"), ("Quỹ tín dụng nhân dân", "QTDND"), ("Thành phố Hồ Chí Minh", "TP.HCM"),
        ("thành phố", "TP"), ("tỉnh", ""),
    ]
    /// Common words of cooperative names, replaced next.
    static let commonWords: [(String, String)] = [
        ("Nông nghiệp", "NN"), ("Dịch vụ", "DV"), ("Sản xuất", "SX"), ("Thương mại", "TM"),
        ("Tổng hợp", "TH"), ("Chế biến", "CB"), ("Thủ công mỹ nghệ", "TCMN"), ("Xuất nhập khẩu", "XNK"),
        ("Trách nhiệm hữu hạn", "TNHH"), ("Cổ phần", "CP"), ("và", "&"),
    ]

    /// `name` and its shorter forms, without repeats, longest first.
    public static func forms(of name: String) -> [String] {
        let full = collapse(VietnameseText.normalized(name))
        let legal = replacing(legalForms, in: full)
        let common = replacing(commonWords, in: legal)
        let core = withoutLegalForm(common)
        var forms: [String] = []
        for form in [full, legal, common, core] where !form.isEmpty && !forms.contains(form) {
            forms.append(form)
        }
        return forms
    }

    /// `text` with each phrase replaced by its short form, matched case-insensitively at word
    /// boundaries.
    static func replacing(_ table: [(String, String)], in text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        for (phrase, short) in table {
            let pattern = phrase.split(separator: " ").map { $0.lowercased() }
            var index = 0
            var result: [String] = []
            while index < words.count {
                let end = index + pattern.count
                if end <= words.count, words[index..<end].map({ $0.lowercased() }) == pattern {
                    if !short.isEmpty { result.append(short) }
                    index = end
                } else {
                    result.append(words[index])
                    index += 1
                }
            }
            words = result
        }
        return words.joined(separator: " ")
    }

    /// The short legal forms that may start a name, dropped in the shortest form.
    static let shortLegalForms: Set<String> = [
        "LM", "HTX", "LHHTX", "THT", "Cty", "TNHH", "CP", "DNTN", "HKD", "QTDND", "TP",
    ]

    /// `text` without the short legal forms it starts with («LM HTX Cà Mau» → «Cà Mau»), or
    /// `text` when nothing would be left.
    static func withoutLegalForm(_ text: String) -> String {
        let words = text.split(separator: " ")
        let rest = words.drop { shortLegalForms.contains(String($0)) }
        return rest.isEmpty ? text : rest.joined(separator: " ")
    }

    /// Spaces collapsed and trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
