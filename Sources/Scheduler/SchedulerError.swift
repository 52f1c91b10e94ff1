/// What the scheduler throws when its input cannot be planned at all.
///
/// Parties or sessions that cannot be placed are not errors: they come back as values with their
/// reasons. An error means the instance itself is inconsistent (an unknown booth, a request for no
/// booths, a session longer than every day).
public enum SchedulerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The instance is inconsistent; every problem is listed, in Vietnamese.
    case invalidInstance(problems: [String])
    /// A referenced entity does not exist (kind, identifier).
    case unknownReference(kind: String, identifier: String)

    /// A readable account of the error.
    public var description: String {
        switch self {
        case .invalidInstance(let problems):
            (["Dữ liệu đầu vào không hợp lệ:"] + problems.map { "  - \($0)" }).joined(separator: "\n")
        case .unknownReference(let kind, let identifier):
            "Không tìm thấy \(kind) “\(identifier)”."
        }
    }
}
