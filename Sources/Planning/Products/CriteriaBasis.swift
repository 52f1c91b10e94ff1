/// The decision whose criteria an OCOP rating was made under.
public enum CriteriaBasis: Hashable, Codable, Sendable, CustomStringConvertible {
    /// Decision 1048/QĐ-TTg of 2019 (the legacy groups).
    case decision1048of2019
    /// Decision 148/QĐ-TTg of 2023 (the 26 product sets).
    case decision148of2023
    /// Another basis, as written.
    case other(String)

    /// The decision as cited in lists.
    public var description: String {
        switch self {
        case .decision1048of2019: "1048/QĐ-TTg (2019)"
        case .decision148of2023: "148/QĐ-TTg (2023)"
        case .other(let text): text
        }
    }
}
