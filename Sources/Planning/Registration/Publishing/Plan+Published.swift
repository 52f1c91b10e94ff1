extension Plan {
    /// The plan with the published programme in place of the working one: its sessions, and the
    /// connection points and people they name that the plan no longer has (removed since), as
    /// they were published. Points and people still in the plan keep their current details.
    public func showing(_ programme: ProgrammeSnapshot) -> Plan {
        var plan = self
        plan.sessions = programme.sessions
        let points = Set(plan.connectionPoints.map(\.id))
        plan.connectionPoints += programme.connectionPoints.filter { !points.contains($0.id) }
        let people = Set(plan.people.map(\.id))
        plan.people += programme.people.filter { !people.contains($0.id) }
        return plan
    }
}
