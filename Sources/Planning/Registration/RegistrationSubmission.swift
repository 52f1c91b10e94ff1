/// A registration a cooperative sent itself through the web portal (the form or a filled
/// template): the organisation it registered and the private link that shows it.
///
/// The link's token is never kept: only its SHA-256 digest, so a copy of the plan file opens no
/// submission.
public struct RegistrationSubmission: Hashable, Sendable {
    /// How the registration was sent.
    public enum Source: String, CaseIterable, Codable, Sendable {
        /// The portal's registration form.
        case form
        /// A filled registration template uploaded to the portal.
        case upload
    }

    /// The SHA-256 digest of the private link's token, in lowercase hexadecimal (64 digits).
    public var digest: String
    /// The organisation registered.
    public var organisation: Identifier<Organisation>
    /// When it was sent (+07:00).
    public var submittedAt: LocalDateTime
    /// Until when the submission may be viewed and corrected through its link.
    public var editableUntil: LocalDateTime
    /// The form or an upload.
    public var source: Source

    /// A submission.
    public init(
        digest: String, organisation: Identifier<Organisation>, submittedAt: LocalDateTime,
        editableUntil: LocalDateTime, source: Source
    ) {
        self.digest = digest
        self.organisation = organisation
        self.submittedAt = submittedAt
        self.editableUntil = editableUntil
        self.source = source
    }

    /// Whether `digest` is the form of a digest: 64 lowercase hexadecimal digits.
    public static func isDigest(_ digest: String) -> Bool {
        digest.utf8.count == 64
            && digest.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
