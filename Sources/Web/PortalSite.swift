import Planning

/// One plan the portal serves, under `/<slug>`.
public struct PortalSite: Hashable, Sendable {
    /// The path segment the plan's pages live under: lower-case ASCII letters, digits and `-`.
    public var slug: String
    /// The plan file.
    public var planPath: String

    /// A plan file served under `/<slug>`.
    public init(slug: String, planPath: String) {
        self.slug = slug
        self.planPath = planPath
    }

    /// The slug of a plan file: its name without `.fairplan`, folded to ASCII letters, digits
    /// and `-` (for example `hoi-cho.fairplan` → `hoi-cho`).
    public static func slug(forPlanFile path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.hasSuffix(".fairplan") ? String(name.dropLast(".fairplan".count)) : name
        var slug = ""
        for byte in VietnameseText.searchKey(stem).utf8 {
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                slug.unicodeScalars.append(Unicode.Scalar(byte))
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "ke-hoach" : slug
    }

    /// Whether `slug` is a valid slug (1 to 64 of `a-z`, `0-9`, `-`).
    static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.utf8.count <= 64
            && slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
