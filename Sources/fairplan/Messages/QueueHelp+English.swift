import Planning

extension QueueHelp {
    /// The English wording.
    var englishText: String {
        switch self {
        case .offerAbstract: "Answer the offers of booths made to the waiting list: accept, decline, list."
        case .offerDiscussion:
            """
            When a party withdraws (fairplan withdraw), the free booths are offered to the waiting list in \
            order (higher priority first, then earlier registration, then registration order), each party a \
            block of booths side by side of the size, zones and services it needs, by the allocation rules. \
            Offers are kept in the plan file until the party accepts (offer accept) or declines (offer \
            decline).
            """
        case .acceptAbstract: "A party takes the booths offered to it (waiting list → placed)."
        case .acceptDiscussion:
            """
            In one transaction the booths offered are assigned to the party, it becomes placed and the offer \
            is removed. Refused when the party is no longer on the waiting list or a booth has been given to \
            another party meanwhile; decline the offer then.
            """
        case .declineAbstract:
            "A party declines the booths offered to it; they are offered to the next party."
        case .declineDiscussion:
            """
            In one transaction the offer is removed, the party keeps its place on the waiting list, and the \
            booths are offered on to the waiting parties in order (the party that declined left out); the new \
            offers are saved and printed.
            """
        case .listAbstract: "Show the offers of booths waiting for an answer."
        case .listDiscussion:
            """
            Each offer: the party and its place on the waiting list, the booths, when they were offered and \
            why (which party withdrew or declined); offers that can no longer be accepted (booths given to \
            another party, a party no longer waiting) say so.
            """
        case .party: "The party answering the offer: identifier or name."
        }
    }
}
