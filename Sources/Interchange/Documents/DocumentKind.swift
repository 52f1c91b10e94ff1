/// The papers FairPlan writes as documents (`fairplan documents KIND`).
public enum DocumentKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Official lists (delegates, exhibitors and booths, products, programme) with the heading of
    /// an administrative document.
    case lists
    /// Invitation letters (giấy mời), one per delegate.
    case invitations
    /// A letter to each exhibitor: booths, services, set-up and opening times.
    case exhibitorLetters = "exhibitor-letters"
    /// Booth fascia boards: name and province in large type, one A4 landscape page per booth.
    case fascia
    /// Change notices per exhibitor or connection point.
    case notices
    /// Name badges, eight per A4 page with cut lines.
    case badges
}
