public import Planning

extension ExhibitingParty {
    /// The party with identifier `id`.
    public func identified(_ id: Identifier<ExhibitingParty>) -> ExhibitingParty {
        ExhibitingParty(
            id: id, name: name, kind: kind, contact: contact, registeredAt: registeredAt, priority: priority,
            cluster: cluster, registrationStatus: registrationStatus)
    }
}
