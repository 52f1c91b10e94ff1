/// The entity a finding is about, named so a person can find it.
public struct Subject: Hashable, Codable, Sendable, CustomStringConvertible, Localizable {
    /// The kind of entity a finding is about.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// The event itself.
        case event
        /// An organisation.
        case organisation
        /// A product.
        case product
        /// A person.
        case person
        /// An exhibiting party.
        case party
        /// A booth request.
        case boothRequest = "booth-request"
        /// A booth.
        case booth
        /// A hall.
        case hall
        /// A meeting room.
        case room
        /// A connection point.
        case connectionPoint = "connection-point"
        /// A session.
        case session
        /// An attendance.
        case attendance

        /// The name in `language`: "Tổ chức", "Gian hàng", ...
        public func name(_ language: Language) -> String {
            PlanningMessage.subjectKind(self).text(language)
        }
    }

    /// The kind of entity.
    public let kind: Kind
    /// The entity's identifier in the plan.
    public let id: String
    /// A label a person recognises (a name, a booth code).
    public let label: String

    /// Creates a subject.
    public init(_ kind: Kind, id: String, label: String) {
        self.kind = kind
        self.id = id
        self.label = label
    }

    /// The subject in `language`: `Tổ chức «HTX Tân Hòa» (org-12)`, `Organisation 'HTX Tân Hòa' (org-12)`.
    public func text(_ language: Language) -> String {
        PlanningMessage.subject(kind: kind, label: label, id: id).text(language)
    }

    /// `Tổ chức «HTX Tân Hòa» (org-12)`.
    public var description: String { text(.vietnamese) }
}
