extension Subject {
    /// The subject for an organisation.
    public static func organisation(_ organisation: Organisation) -> Subject {
        Subject(.organisation, id: organisation.id.rawValue, label: organisation.name)
    }

    /// The subject for a product.
    public static func product(_ product: Product) -> Subject {
        Subject(.product, id: product.id.rawValue, label: product.name)
    }

    /// The subject for a person.
    public static func person(_ person: Person) -> Subject {
        Subject(.person, id: person.id.rawValue, label: person.name.fullName)
    }

    /// The subject for an exhibiting party.
    public static func party(_ party: ExhibitingParty) -> Subject {
        Subject(.party, id: party.id.rawValue, label: party.name)
    }

    /// The subject for a booth.
    public static func booth(_ booth: Booth) -> Subject {
        Subject(.booth, id: booth.code, label: booth.code)
    }

    /// The subject for a session.
    public static func session(_ session: Session) -> Subject {
        Subject(.session, id: session.id.rawValue, label: session.title)
    }

    /// The subject for a connection point.
    public static func connectionPoint(_ point: ConnectionPoint) -> Subject {
        Subject(.connectionPoint, id: point.id.rawValue, label: point.name)
    }

    /// The subject for a room.
    public static func room(_ room: Room) -> Subject {
        Subject(.room, id: room.id, label: room.name)
    }
}
