/// The kinds of agenda item a cooperative conference has.
public enum AgendaKind: String, CaseIterable, Codable, Sendable {
    /// Khai mạc: opening, with the introduction of delegates.
    case opening
    /// Báo cáo: a report.
    case report
    /// Tham luận: a contribution from a unit.
    case contribution
    /// Phát biểu chỉ đạo: a directive speech by a leader.
    case directiveSpeech = "directive-speech"
    /// Thảo luận: discussion.
    case discussion
    /// Bình xét thi đua: emulation review.
    case emulationReview = "emulation-review"
    /// Ký kết giao ước thi đua: signing the emulation pact.
    case pactSigning = "pact-signing"
    /// Bầu cụm trưởng: electing the cluster leader.
    case clusterLeaderElection = "cluster-leader-election"
    /// Trao khen thưởng: awards.
    case awards
    /// Kết nối cung cầu: supply–demand matching.
    case matchmaking
    /// Tham quan mô hình: a site visit to a model cooperative.
    case siteVisit = "site-visit"
    /// Văn hóa, thể thao: a cultural or sports programme.
    case cultural
    /// Giải lao: a break.
    case `break`
    /// Bế mạc: closing.
    case closing

    /// The name used in the programme, in `language`: "Khai mạc", "Opening".
    public func name(_ language: Language) -> String {
        PlanningMessage.agendaKind(self).text(language)
    }

    /// Whether the item is a plenary that everyone attends.
    public var isPlenary: Bool {
        switch self {
        case .opening, .directiveSpeech, .closing, .awards, .pactSigning: true
        default: false
        }
    }
}
