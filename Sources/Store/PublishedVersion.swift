public import Planning

/// A numbered publication of the booth plan or the programme, as listed (without its content).
public struct PublishedVersion: Hashable, Sendable {
    /// Booth plan or programme.
    public var kind: PublicationKind
    /// The version number, from 1, per kind.
    public var number: Int
    /// The organisers' note, e.g. "Gửi các tỉnh lần 2".
    public var note: String?
    /// When it was published (local time).
    public var publishedAt: LocalDateTime

    /// Creates a version entry.
    public init(kind: PublicationKind, number: Int, note: String?, publishedAt: LocalDateTime) {
        self.kind = kind
        self.number = number
        self.note = note
        self.publishedAt = publishedAt
    }
}
