public import Planning

/// The kinds of thing a plan file holds, as errors and import summaries name them.
public enum StoredEntity: String, CaseIterable, Codable, Sendable, Comparable, Localizable {
    /// The event.
    case event
    /// The venue snapshot.
    case venue
    /// A booth of the venue.
    case booth
    /// An organisation.
    case organisation
    /// A product.
    case product
    /// A person.
    case person
    /// A person's attendance.
    case attendance
    /// A connection point.
    case connectionPoint = "connection-point"
    /// An exhibiting party.
    case party
    /// A booth request.
    case boothRequest = "booth-request"
    /// A booth assignment.
    case boothAssignment = "booth-assignment"
    /// A programme session.
    case session
    /// A published version.
    case publishedVersion = "published-version"
    /// A registration sent through the web portal.
    case submission
    /// A staff account of the web portal.
    case account

    /// The name in `language`, lower case, for messages: "tổ chức", "organisation", ...
    public func text(_ language: Language) -> String {
        StoreMessage.entityName(self).text(language)
    }

    /// Orders kinds in declaration order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
