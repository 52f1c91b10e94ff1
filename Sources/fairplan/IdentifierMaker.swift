import Planning

/// Makes readable identifiers for entities registered on the command line (`tc-htx-tan-hoa`,
/// `dv-lien-minh-htx-tinh-ca-mau`), as the registration import does, avoiding those taken.
struct IdentifierMaker {
    /// The longest slug kept from a name.
    static let slugLength = 40

    /// Identifiers already taken.
    var taken: Set<String>

    /// A new identifier `prefix-slug`, with `-2`, `-3`, ... when taken.
    mutating func make(prefix: String, from name: String) -> String {
        var slug = String(
            VietnameseText.searchKey(name).map { $0 == " " ? "-" : $0 }.filter { $0.isASCII }
                .prefix(Self.slugLength))
        while slug.hasSuffix("-") { slug.removeLast() }
        let base = slug.isEmpty ? prefix : "\(prefix)-\(slug)"
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
