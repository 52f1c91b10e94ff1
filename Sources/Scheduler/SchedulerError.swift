public import Planning

/// What the scheduler throws when its input cannot be planned at all.
///
/// Parties or sessions that cannot be placed are not errors: they come back as values with their
/// reasons. An error means the instance itself is inconsistent (an unknown booth, a request for no
/// booths, a session longer than every day). Each case is typed; its wording comes from
/// ``SchedulerMessage`` in either language, and ``description`` is the Vietnamese.
public enum SchedulerError: Error, Hashable, Sendable, CustomStringConvertible, Localizable {
    /// The instance is inconsistent; every problem found is listed, in the order found.
    case invalidInstance([InstanceProblem])
    /// A referenced entity does not exist: its kind and the identifier as given.
    case unknownReference(ReferenceKind, identifier: String)

    /// The error in `language`.
    public func text(_ language: Language) -> String {
        switch self {
        case .invalidInstance(let problems):
            SchedulerMessage.invalidInstance(problems).text(language)
        case .unknownReference(let kind, let identifier):
            SchedulerMessage.unknownReference(kind, identifier: identifier).text(language)
        }
    }

    /// The error in Vietnamese.
    public var description: String { text(.vietnamese) }
}
