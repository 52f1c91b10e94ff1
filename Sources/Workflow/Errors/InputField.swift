/// A field of a use case's input, as a person fills it: a command-line option (`--decision-date`)
/// or a form field. Errors name the field so each front end can point at it.
///
/// The raw value is the command-line option's name without dashes.
public enum InputField: String, CaseIterable, Codable, Sendable {
    /// A name or full name.
    case name
    /// The organiser of an event (`init --organiser`), the issuing body its papers name.
    case organiser
    /// A kind (of organisation, event or session).
    case kind
    /// An organisation's sector.
    case sector
    /// A province or city.
    case province
    /// A registration (tax) code.
    case code
    /// An address.
    case address
    /// A number of members.
    case members
    /// A contact person's name.
    case contact
    /// A phone number.
    case phone
    /// An e-mail address.
    case email
    /// An identifier asked for.
    case id
    /// A product's owner.
    case owner
    /// A short name.
    case shortName = "short-name"
    /// An OCOP product set.
    case productSet = "set"
    /// OCOP stars.
    case stars
    /// A recognition decision number.
    case decision
    /// A decision's date.
    case decisionDate = "decision-date"
    /// The body that issued a decision.
    case issuingBody = "issuing-body"
    /// A decision's issuing level.
    case issuingLevel = "issuing-level"
    /// An end of validity stated in a decision.
    case validUntil = "valid-until"
    /// A product's OCOP code.
    case ocopCode = "ocop-code"
    /// Whether a product needs water or cold storage.
    case coldChain = "cold-chain"
    /// No longer needing a cold chain (`--no-cold-chain`).
    case noColdChain = "no-cold-chain"
    /// An honorific.
    case honorific
    /// A person's position.
    case position
    /// A registered organisation named.
    case organisation
    /// A unit that is not a registered organisation.
    case unit
    /// A connection point named.
    case point
    /// A role.
    case role
    /// A number of booths.
    case booths
    /// Organisations sharing booths.
    case share
    /// Products named.
    case products
    /// Booth services.
    case services
    /// Preferred zones.
    case zone
    /// A priority on the waiting list.
    case priority
    /// An emulation cluster.
    case cluster
    /// Notes.
    case notes
    /// A connection point's host.
    case host
    /// A number of seats.
    case capacity
    /// A person chairing.
    case chair
    /// Hours a hall is free.
    case available
    /// Minutes of link test.
    case linkTest = "link-test"
    /// A technician.
    case technician
    /// A session's title.
    case title
    /// A session's length in minutes.
    case minutes
    /// Speakers.
    case speaker
    /// An expected audience.
    case audience
    /// Connection points linked.
    case link
    /// Linking every connection point.
    case linkAll = "link-all"
    /// A fixed start.
    case fixed
    /// A window for start and end.
    case window
    /// Coming first.
    case first
    /// Coming last.
    case last
    /// No longer coming first (`--no-first`).
    case noFirst = "no-first"
    /// No longer coming last (`--no-last`).
    case noLast = "no-last"
    /// A session to follow.
    case after
    /// A track.
    case track
    /// A room.
    case room
    /// A start placed by hand.
    case start
    /// A first day.
    case from
    /// A last day.
    case to
    /// An opening time.
    case opens
    /// A closing time.
    case closes
    /// A venue file.
    case venue
    /// A plan file.
    case plan
    /// The new plan file `init` creates (its positional `<path>`).
    case newPlan = "path"
    /// An embedded sample.
    case sample
    /// A registration status or booth state.
    case status
    /// The day certificates are judged on.
    case on
    /// Findings listed per severity.
    case findings
    /// A search's most improvement steps.
    case iterations
    /// A search's random seed.
    case seed
    /// Writing despite errors.
    case force
    /// A timeslot of the grid (`register timeslot --time`).
    case timeslot = "time"
    /// The least pause between a person's sessions.
    case pause
    /// A span a person cannot attend.
    case unavailable
    /// A session's level on the grid.
    case level
    /// A timeslot's tags.
    case tag
    /// A session's themes.
    case theme
    /// A session's audience types.
    case audienceType = "audience-type"
    /// A session's content tags.
    case content
    /// A session's language.
    case language
    /// Room tag rules (`--require-room-tag` and the like).
    case roomTag = "room-tag"
    /// Timeslot tag rules of a person.
    case timeslotTag = "timeslot-tag"
    /// A session's exclusive tags.
    case exclusiveTag = "exclusive-tag"
    /// Whether a session draws a crowd.
    case crowdRisk = "crowd-risk"
    /// No longer drawing a crowd (`--no-crowd-risk`).
    case noCrowdRisk = "no-crowd-risk"
    /// A search's time budget in seconds.
    case timeLimit = "time-limit"
    /// The version compared from.
    case fromVersion = "from-version"
    /// The version compared to.
    case toVersion = "to-version"
    /// An exhibiting party named.
    case party
    /// A file format.
    case format
    /// An output path.
    case out
    /// An order of a list.
    case order
    /// A file.
    case file
    /// Files.
    case files
    /// A published version's note.
    case note
    /// Publishing.
    case publish
    /// A floor plan file.
    case svg
    /// The port a server listens on.
    case port
    /// The day the portal's registrations close.
    case registrationCloses = "registration-closes"
    /// The posts per minute one address may send to the portal's forms.
    case formLimit = "form-limit"
    /// A staff account's password.
    case password
    /// The file a staff account's password is read from.
    case passwordFile = "password-file"
    /// How many changes to undo.
    case count
    /// How many entries to list at most.
    case limit
    /// A published version's number.
    case version

    /// The field as the command line writes it: `--decision-date` for an option, `<from>` for a
    /// positional argument (the versions of `changes` and `restore`, the count of `undo`), so a
    /// message names what the person typed.
    public var written: String {
        switch self {
        case .count: "<count>"
        case .fromVersion: "<from>"
        case .toVersion: "<to>"
        case .version: "<version>"
        case .newPlan: "<path>"
        default: "--\(rawValue)"
        }
    }
}
