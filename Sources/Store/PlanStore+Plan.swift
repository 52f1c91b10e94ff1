public import Planning

extension PlanStore {
    /// The whole plan, read in one consistent snapshot; every list in the order it was added.
    public func loadPlan() throws -> Plan {
        try read { db in try fetchPlan(db) }
    }

    /// The event the plan is for.
    public func event() throws -> Event {
        try read { db in try fetchEvent(db) }
    }

    /// The venue snapshot, when one is set.
    public func venue() throws -> Venue? {
        try read { db in try fetchVenue(db) }
    }

    /// Sets or replaces the venue snapshot (nil removes it).
    ///
    /// The plan keeps its own copy of the venue as it was read, so a later edit of the venue file
    /// does not change a plan silently. Refused with ``StoreError/boothsInUse(_:)`` when a booth
    /// of the current booth plan is not on the new venue.
    public func setVenue(_ venue: Venue?) throws {
        try write { db in try writeVenue(venue, db) }
    }
}
