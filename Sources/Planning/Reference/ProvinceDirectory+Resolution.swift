import Foundation

extension ProvinceDirectory {
    /// What a search key refers to.
    private enum Target: Hashable {
        /// A 2025 unit, named by its own name or a variant of it.
        case current(ProvinceCode)
        /// A pre-2025 province that merged into a unit with another name.
        case former(ProvinceCode)
        /// Two different places share the key: refuse it.
        case ambiguous
    }

    /// Extra ways of writing names, as search keys, beyond the official names.
    private static let currentAliases: [String: [String]] = [
        "01": ["hanoi", "thu do ha noi"],
        "31": ["haiphong"],
        "46": ["thua thien hue", "tt hue", "thua thien"],
        "48": ["danang"],
        "66": ["daklak", "dac lac", "daclac", "dak lac"],
        "79": ["hcm", "hcmc", "tphcm", "tp hcm", "sai gon", "saigon", "ho chi minh city"],
        "92": ["cantho"],
    ]

    /// Extra ways of writing pre-2025 names, as search keys, beyond the official names.
    private static let formerAliases: [String: [String]] = [
        "06": ["bac can"],
        "62": ["kontum"],
        "67": ["daknong", "dac nong"],
        "77": ["brvt", "br vt", "baria vung tau", "ba ria vungtau"],
    ]

    /// Words written before a name ("Tỉnh", "T.", "TP.", "Thành phố", "Thủ đô"), as search keys.
    private static let prefixes = ["thanh pho ", "thu do ", "tinh ", "tp ", "t "]

    /// Words written after a name in English ("City", "Province"), as search keys.
    private static let suffixes = [" city", " province"]

    /// Every search key that names a place, with what it names.
    private static let index: [String: Target] = {
        var index: [String: Target] = [:]
        func add(_ key: String, _ target: Target) {
            guard !key.isEmpty else {
                return
            }
            if let existing = index[key], existing != target {
                index[key] = .ambiguous
            } else {
                index[key] = target
            }
        }
        for province in all {
            add(VietnameseText.searchKey(province.name), .current(province.code))
            add(VietnameseText.searchKey(province.fullName), .current(province.code))
            for alias in currentAliases[province.code.code] ?? [] {
                add(alias, .current(province.code))
            }
        }
        for province in former {
            let successor = province.successor
            let key = VietnameseText.searchKey(province.name)
            let target: Target =
                key == VietnameseText.searchKey(successor.name)
                ? .current(successor.code) : .former(province.code)
            add(key, target)
            add(VietnameseText.searchKey(province.asciiName), target)
            for alias in formerAliases[province.code.code] ?? [] {
                add(alias, target)
            }
        }
        return index
    }()

    /// The search keys to try for `key`: itself, then without a leading title or an English suffix.
    private static func candidateKeys(_ key: String) -> [String] {
        var candidates = [key]
        for prefix in prefixes where key.hasPrefix(prefix) {
            candidates.append(String(key.dropFirst(prefix.count)))
        }
        for candidate in candidates {
            for suffix in suffixes where candidate.hasSuffix(suffix) {
                candidates.append(String(candidate.dropLast(suffix.count)))
            }
        }
        return candidates
    }

    /// Resolves a province name as written to its 2025 unit, or nil when unknown or ambiguous.
    ///
    /// Matching is on whole names, by search key (no tones or diacritics, no case, punctuation as
    /// spaces), so "TP.HCM", "TP HCM", "Tp. Hồ Chí Minh", "Sài Gòn", "Thanh Hoá", "thanh hoa",
    /// "Ba Ria - Vung Tau" and NFD text all resolve; titles such as "Tỉnh", "T.", "TP." and
    /// "Thành phố" may precede the name. Partial names ("Quảng", "Hà") are refused, never guessed:
    /// use ``suggestions(for:limit:)`` for the error message. A pre-2025 name gives the unit it
    /// merged into, with ``ProvinceMatch/former`` set when the old name differs from the unit's.
    public static func resolve(_ written: String) -> ProvinceMatch? {
        let key = VietnameseText.searchKey(written)
        for candidate in candidateKeys(key) {
            switch index[candidate] {
            case .current(let code):
                guard let province = province(code: code) else {
                    return nil
                }
                return ProvinceMatch(
                    province: province,
                    written: written.precomposedStringWithCanonicalMapping,
                    former: nil
                )
            case .former(let code):
                guard let old = formerProvince(code: code) else {
                    return nil
                }
                return ProvinceMatch(
                    province: old.successor,
                    written: written.precomposedStringWithCanonicalMapping,
                    former: old
                )
            case .ambiguous:
                return nil
            case nil:
                continue
            }
        }
        return nil
    }

    /// Returns up to `limit` 2025 units whose names are close to `written`, closest first.
    ///
    /// Closeness is the edit distance between search keys (of official names, old names and known
    /// variants); a name that starts with the written words counts as very close, so "Quảng" suggests
    /// the units holding the old Quảng provinces. Meant for messages such as "unknown province
    /// 'Ha Nọi'; did you mean Hà Nội?". Returns an empty array when nothing is reasonably close.
    public static func suggestions(for written: String, limit: Int = 3) -> [Province] {
        guard limit > 0 else {
            return []
        }
        let keys = candidateKeys(VietnameseText.searchKey(written)).filter { !$0.isEmpty }
        guard let shortest = keys.map(\.count).min() else {
            return []
        }
        let threshold = max(2, shortest / 3)
        var best: [ProvinceCode: Int] = [:]
        for (name, target) in index {
            let code: ProvinceCode
            switch target {
            case .current(let current):
                code = current
            case .former(let old):
                guard let successor = formerProvince(code: old)?.successorCode else {
                    continue
                }
                code = successor
            case .ambiguous:
                continue
            }
            // The edit distance is at least the difference in length: a key too long or too short
            // for any name is skipped without the quadratic comparison (a 1 MB text typed as a
            // province otherwise takes minutes).
            let distance =
                keys.map { key in
                    name.hasPrefix(key + " ")
                        ? 1 : abs(key.count - name.count) > threshold ? Int.max : editDistance(key, name)
                }.min() ?? Int.max
            if distance <= threshold, distance < best[code, default: Int.max] {
                best[code] = distance
            }
        }
        let ranked = best.compactMap { code, distance in
            province(code: code).map { (province: $0, distance: distance) }
        }
        return ranked.sorted { lhs, rhs in
            lhs.distance != rhs.distance
                ? lhs.distance < rhs.distance
                : VietnameseCollation.areInIncreasingOrder(lhs.province.name, rhs.province.name)
        }
        .prefix(limit)
        .map(\.province)
    }

    /// The Levenshtein distance between two strings, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty || y.isEmpty {
            return max(x.count, y.count)
        }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
