/// The OCOP product classifications: 148/QĐ-TTg (2023) product sets and 1048/QĐ-TTg (2019) subgroups.
public enum OCOPCatalogue {
    /// The decision of 2023 that set the current criteria and product sets.
    public static let criteriaBasis2023 = "148/QĐ-TTg"
    /// The decision of 2019 whose criteria and subgroups older certificates refer to.
    public static let criteriaBasis2019 = "1048/QĐ-TTg"

    /// Returns the 148/QĐ-TTg product set with the given number (1–26), or nil.
    public static func productSet(number: Int) -> OCOPProductSet? {
        productSets.first { $0.number == number }
    }

    /// Returns the 1048/QĐ-TTg subgroup with the given number (1–26), or nil.
    public static func legacyGroup(number: Int) -> OCOPLegacyGroup? {
        legacyGroups.first { $0.number == number }
    }

    /// Words that may stand before a set's name or number, as search keys, longest first.
    private static let setPrefixes = [
        "bo san pham so ", "bo san pham ", "bo so ", "bo ", "nhom ", "san pham ",
    ]

    /// Words that may stand before a legacy subgroup's number, as search keys, longest first.
    private static let legacyPrefixes = ["phan nhom so ", "phan nhom "]

    /// Recognises a product set or subgroup as written in a registration form.
    ///
    /// Accepts a name from either decision, ignoring case, tones and punctuation ("rau cu qua hat
    /// tuoi", "Rượu trắng"), optionally after "Bộ sản phẩm" or "Nhóm"; or a number written as
    /// "Bộ sản phẩm số 5" (148 set) or "Phân nhóm 9" (1048 subgroup). A name found in both decisions
    /// gives the 2023 product set. Returns nil when nothing matches as a whole.
    public static func classify(_ written: String) -> OCOPClassification? {
        let key = VietnameseText.searchKey(written)
        guard !key.isEmpty else {
            return nil
        }
        for prefix in legacyPrefixes where key.hasPrefix(prefix) {
            if let number = Int(key.dropFirst(prefix.count)), legacyGroup(number: number) != nil {
                return .legacyGroup(number)
            }
        }
        var candidates = [key]
        for prefix in setPrefixes where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            if prefix.hasPrefix("bo "), let number = Int(rest) {
                return productSet(number: number) != nil ? .productSet(number) : nil
            }
            candidates.append(rest)
        }
        for candidate in candidates {
            if let number = setNumbersByKey[candidate] { return .productSet(number) }
            if let number = legacyNumbersByKey[candidate] { return .legacyGroup(number) }
        }
        return nil
    }

    /// The number of each product set by its name's search key (the first set of a key wins).
    private static let setNumbersByKey: [String: Int] = Dictionary(
        productSets.map { (VietnameseText.searchKey($0.name), $0.number) },
        uniquingKeysWith: { first, _ in first })

    /// The number of each legacy group by its name's search key (the first group of a key wins).
    private static let legacyNumbersByKey: [String: Int] = Dictionary(
        legacyGroups.map { (VietnameseText.searchKey($0.name), $0.number) },
        uniquingKeysWith: { first, _ in first })

    /// The 148/QĐ-TTg product sets a partial name may stand for: those with a comma-separated
    /// part equal to it ("Mật ong", "Cà phê"), else those whose name holds all its words. Empty
    /// when none; several when the name is ambiguous ("Thủy sản": fresh or processed).
    ///
    /// Words are compared with their tones first and without them only when that finds nothing,
    /// so «Chè» (tea) means the sets naming chè (11, 12), not every set of «chế biến»
    /// (processed), while «Che» typed without tones still finds them.
    public static func productSets(matching written: String) -> [OCOPProductSet] {
        let key = VietnameseText.searchKey(written)
        let words = key.split(separator: " ")
        guard !words.isEmpty else { return [] }
        let toned = tonedKey(written)
        let tonedWords = toned.split(separator: " ")
        let byTonedPart = productSetKeys.filter { $0.tonedParts.contains(toned) }.map(\.set)
        if !byTonedPart.isEmpty { return byTonedPart }
        let byPart = productSetKeys.filter { $0.parts.contains(key) }.map(\.set)
        if !byPart.isEmpty { return byPart }
        let byTonedWords = productSetKeys.filter { entry in
            tonedWords.allSatisfy { entry.tonedName.contains(" \($0) ") }
        }
        if !byTonedWords.isEmpty { return byTonedWords.map(\.set) }
        return productSetKeys.filter { entry in words.allSatisfy { entry.name.contains(" \($0) ") } }.map(
            \.set)
    }

    /// `text` lower-cased in NFC with its tones kept, every run of other characters than letters
    /// and digits one space: «Chè  tươi,» → «chè tươi».
    static func tonedKey(_ text: String) -> String {
        VietnameseText.normalized(text).lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }

    /// Each product set with the search keys of its comma-separated parts and of its whole name
    /// (padded with spaces, to match whole words), without tones and with them, computed once
    /// rather than on every look-up.
    static let productSetKeys:
        [(set: OCOPProductSet, parts: Set<String>, name: String, tonedParts: Set<String>, tonedName: String)] =
            productSets.map { set in
                let parts = set.name.split(separator: ",").map(String.init)
                return (
                    set, Set(parts.map { VietnameseText.searchKey($0) }),
                    " \(VietnameseText.searchKey(set.name)) ",
                    Set(parts.map { tonedKey($0) }), " \(tonedKey(set.name)) "
                )
            }
}
