extension StoredEntity {
    /// The table holding entities of this kind, and the column naming them.
    var table: (name: String, key: String) {
        switch self {
        case .event: ("event", "id")
        case .venue: ("venue", "id")
        case .booth: ("venue_booth", "code")
        case .organisation: ("organisation", "id")
        case .product: ("product", "id")
        case .person: ("person", "id")
        case .attendance: ("attendance", "person_id")
        case .connectionPoint: ("connection_point", "id")
        case .party: ("party", "id")
        case .boothRequest: ("booth_request", "id")
        case .boothAssignment: ("booth_assignment", "booth_code")
        case .session: ("session", "id")
        case .publishedVersion: ("published_version", "number")
        case .submission: ("submission", "digest")
        case .account: ("account", "name")
        }
    }
}
