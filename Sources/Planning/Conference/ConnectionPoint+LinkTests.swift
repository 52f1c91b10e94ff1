extension ConnectionPoint {
    /// Of `items` (sessions placed, entries of a timetable), those the point's link test comes
    /// before: its first linked one of each day, in day order. The staff set up and test the link
    /// every day the point is used, before that day's first session linked to it (a session held
    /// in the hall only needs no link). The first is the earliest start; of two starting at once,
    /// the one given first. An item without a start is left out.
    ///
    /// The one rule the validator (`conference.link-test-lead-time`), the timetable checker, the
    /// grid timetabler's link tests and the invitations share.
    public func firstLinkedOfEachDay<Item>(
        _ items: some Sequence<Item>, start: (Item) -> LocalDateTime?,
        linked: (Item) -> [Identifier<ConnectionPoint>]
    ) -> [Item] {
        var firsts: [CalendarDate: (start: LocalDateTime, item: Item)] = [:]
        for item in items where linked(item).contains(id) {
            guard let begins = start(item) else { continue }
            if firsts[begins.date].map({ begins < $0.start }) ?? true { firsts[begins.date] = (begins, item) }
        }
        return firsts.sorted { $0.key < $1.key }.map(\.value.item)
    }
}
