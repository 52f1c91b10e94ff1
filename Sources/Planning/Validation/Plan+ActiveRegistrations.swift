extension Plan {
    /// The plan as it stands for findings and counts: withdrawn parties left out, with their booth
    /// requests and any booth they still hold.
    ///
    /// A withdrawal is final, so a withdrawn registration raises no finding and counts in no total
    /// (booths requested, demand against the venue, clusters). Requests naming a party the plan does
    /// not know stay, so the validator still reports them.
    public var withoutWithdrawnRegistrations: Plan {
        let withdrawn = Set(parties.filter { !$0.registrationStatus.isActive }.map(\.id))
        guard !withdrawn.isEmpty else { return self }
        var active = self
        active.parties.removeAll { withdrawn.contains($0.id) }
        active.boothRequests.removeAll { withdrawn.contains($0.party) }
        active.boothAssignments.removeAll { withdrawn.contains($0.party) }
        return active
    }
}
