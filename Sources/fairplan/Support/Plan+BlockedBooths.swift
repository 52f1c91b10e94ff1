import Planning

extension Plan {
    /// The plan with the given booths marked blocked in its venue copy, so an allocation leaves
    /// them alone (booths held or taken by parties outside the run).
    func blockingBooths(_ codes: Set<String>) -> Plan {
        guard var venue, !codes.isEmpty else { return self }
        for index in venue.booths.indices where codes.contains(venue.booths[index].code) {
            venue.booths[index].blocked = true
        }
        var plan = self
        plan.venue = venue
        return plan
    }
}
