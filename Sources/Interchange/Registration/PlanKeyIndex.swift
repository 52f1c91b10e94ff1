import Planning

/// The plan's organisations, products, people and exhibiting parties indexed once by their natural keys
/// (``NaturalKey``), so each row of the files finds the entity it stands for in constant time;
/// each entity is claimed by one row at most (the first in file order).
struct PlanKeyIndex {
    /// Organisations (positions in the plan) by registration code.
    private var organisationsByCode: [String: [Int]] = [:]
    /// Organisations by name and province.
    private var organisationsByName: [String: [Int]] = [:]
    /// Products by owner and name.
    private var productsByKey: [String: [Int]] = [:]
    /// People by name and organisation or unit.
    private var peopleByName: [String: [Int]] = [:]
    /// The attendance of each person at the plan's event.
    private(set) var attendances: [Identifier<Person>: Attendance] = [:]
    /// Organisations already taken by a row.
    private var claimedOrganisations: Set<Int> = []
    /// Products already taken by a row.
    private var claimedProducts: Set<Int> = []
    /// People already taken by a row.
    private var claimedPeople: Set<Int> = []
    /// Exhibiting parties by organisation, or by province and name.
    private var partiesByKey: [String: [Int]] = [:]
    /// The first booth request of each party.
    private var requests: [Identifier<ExhibitingParty>: BoothRequest] = [:]
    /// Parties already taken by a row.
    private var claimedParties: Set<Int> = []
    /// The plan indexed.
    let plan: Plan

    /// Indexes `plan`.
    init(plan: Plan) {
        self.plan = plan
        for (position, organisation) in plan.organisations.enumerated() {
            if let code = NaturalKey.code(organisation) {
                organisationsByCode[code, default: []].append(position)
            }
            organisationsByName[NaturalKey.nameAndProvince(organisation), default: []].append(position)
        }
        for (position, product) in plan.products.enumerated() {
            productsByKey[NaturalKey.product(product), default: []].append(position)
        }
        for (position, person) in plan.people.enumerated() {
            peopleByName[NaturalKey.personName(person), default: []].append(position)
        }
        for attendance in plan.attendances where attendance.event == plan.event.id {
            attendances[attendance.person] = attendance
        }
        for (position, party) in plan.parties.enumerated() {
            partiesByKey[NaturalKey.party(party), default: []].append(position)
        }
        for request in plan.boothRequests where requests[request.party] == nil {
            requests[request.party] = request
        }
    }

    /// The plan's exhibiting party a row stands for (same organisation; for an alliance, same
    /// province and name), claimed, with its first booth request. Withdrawn parties are found
    /// too: importing a file again never registers a withdrawn party anew.
    mutating func claimParty(_ draft: ExhibitingParty) -> (ExhibitingParty, BoothRequest?)? {
        guard !plan.parties.isEmpty,
            let found = partiesByKey[NaturalKey.party(draft)]?.first(where: { !claimedParties.contains($0) })
        else { return nil }
        claimedParties.insert(found)
        let party = plan.parties[found]
        return (party, requests[party.id])
    }

    /// The plan's organisation a row stands for, claimed: the one with its registration code, else
    /// (for a row with a code no one has) one of its name and province without a code; for a row
    /// without a code, one of its name and province, those without a code first.
    mutating func claimOrganisation(_ draft: Organisation) -> Organisation? {
        // A plan without organisations (a first import) has nothing to claim: no key to make.
        guard !plan.organisations.isEmpty else { return nil }
        let byName = organisationsByName[NaturalKey.nameAndProvince(draft), default: []]
        var found: Int?
        if let code = NaturalKey.code(draft) {
            found = organisationsByCode[code]?.first { !claimedOrganisations.contains($0) }
        }
        if found == nil {
            found = byName.first {
                !claimedOrganisations.contains($0) && plan.organisations[$0].registrationCode == nil
            }
        }
        if found == nil, NaturalKey.code(draft) == nil {
            found = byName.first { !claimedOrganisations.contains($0) }
        }
        guard let found else { return nil }
        claimedOrganisations.insert(found)
        return plan.organisations[found]
    }

    /// The plan's product a row stands for (same owner and name), claimed.
    mutating func claimProduct(_ draft: Product) -> Product? {
        guard !plan.products.isEmpty,
            let found = productsByKey[NaturalKey.product(draft)]?.first(where: {
                !claimedProducts.contains($0)
            })
        else { return nil }
        claimedProducts.insert(found)
        return plan.products[found]
    }

    /// The plan's person a row stands for, claimed: same name and organisation (or unit) and, when
    /// the row gives a phone or an e-mail, one of them the same; else one with neither (the row adds
    /// them). A row with neither takes one with neither first, then any.
    mutating func claimPerson(_ draft: Person) -> Person? {
        guard !plan.people.isEmpty else { return nil }
        let candidates = peopleByName[NaturalKey.personName(draft), default: []].filter {
            !claimedPeople.contains($0)
        }
        let withoutContact = candidates.first { !NaturalKey.hasContact(plan.people[$0]) }
        let found: Int?
        if NaturalKey.hasContact(draft) {
            found =
                candidates.first { NaturalKey.shareContact(draft, plan.people[$0]) } ?? withoutContact
        } else {
            found = withoutContact ?? candidates.first
        }
        guard let found else { return nil }
        claimedPeople.insert(found)
        return plan.people[found]
    }
}
