import Planning

/// Makes readable identifiers for imported entities (`htx-tan-hoa`, `sp-mat-ong-hoa-ca-phe`) that
/// clash with none in the plan or the batch.
struct IdentifierPool {
    /// Identifiers already taken.
    private var taken: Set<String>

    /// The longest slug kept from a name.
    static let slugLength = 40

    init(existing: Set<String>) {
        taken = existing
    }

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
