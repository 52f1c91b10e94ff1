import Interchange
import Planning
import Store

/// Turns a checked correction into what to write: the entities of the corrected form under the
/// identifiers of the stored ones they stand for (new identifiers for new entries, never one in
/// use), and the stored entries left out to remove.
struct CorrectionMapping {
    /// What a correction writes.
    struct Correction {
        /// The organisation as corrected.
        var organisation: Organisation
        /// The entities removed.
        var removed: [PlanEntity]
        /// The new entities.
        var adding: ImportBatch
        /// The stored entities as corrected.
        var updating: ImportBatch

        /// Whether anything differs from `stored` in `plan`.
        func changes(_ stored: CorrectSubmission.Stored, plan: Plan) -> Bool {
            if !removed.isEmpty || !adding.products.isEmpty || !adding.people.isEmpty
                || !adding.parties.isEmpty || !adding.attendances.isEmpty
            {
                return true
            }
            if updating.organisations != [stored.organisation] { return true }
            let products = Dictionary(
                plan.products.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let people = Dictionary(plan.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            if updating.products.contains(where: { products[$0.id] != $0 }) { return true }
            if updating.people.contains(where: { people[$0.id] != $0 }) { return true }
            let attendanceChanged = updating.attendances.contains { attendance in
                plan.attendances.first { $0.person == attendance.person && $0.event == attendance.event }
                    != attendance
            }
            if attendanceChanged { return true }
            if let party = updating.parties.first, party != stored.party { return true }
            if let request = updating.boothRequests.first, request != stored.request { return true }
            return false
        }
    }

    /// The submission's entities as stored.
    let stored: CorrectSubmission.Stored
    /// The plan as stored.
    let plan: Plan
    /// The plan without the submission's entities (what the correction was checked against).
    let others: Plan
    /// When the correction is made (a booth request added now is registered now).
    let now: LocalDateTime

    /// The correction of `organisation` and the rest of `batch`, whose products and delegates
    /// stand, in order, for the stored ones of `productIDs` and `delegateIDs` (nil: new).
    func map(
        _ organisation: Organisation, _ batch: RegistrationBatch, productIDs: [String?],
        delegateIDs: [String?]
    ) -> Correction {
        var maker = IdentifierMaker(
            taken: Set(
                plan.organisations.map(\.id.rawValue) + plan.products.map(\.id.rawValue)
                    + plan.people.map(\.id.rawValue) + plan.parties.map(\.id.rawValue)))
        let organisationID = stored.organisation.id
        var corrected = organisation.identified(organisationID)
        corrected.memberOrganisations = stored.organisation.memberOrganisations
        var adding = ImportBatch()
        var updating = ImportBatch(organisations: [corrected])

        var productMap: [Identifier<Product>: Identifier<Product>] = [:]
        let ownProducts = Set(stored.products.map(\.id.rawValue))
        var keptProducts: Set<String> = []
        let productsAligned = batch.products.count == productIDs.count
        for (index, product) in batch.products.enumerated() {
            let id: Identifier<Product>
            if productsAligned, let storedID = productIDs[index], ownProducts.contains(storedID),
                keptProducts.insert(storedID).inserted
            {
                id = Identifier(storedID)
                var kept = product.identified(id)
                kept.owner = organisationID
                updating.products.append(kept)
            } else {
                id = Identifier(maker.make(.product, from: product.name))
                var new = product.identified(id)
                new.owner = organisationID
                adding.products.append(new)
            }
            productMap[product.id] = id
        }

        var personMap: [Identifier<Person>: Identifier<Person>] = [:]
        let ownPeople = Set(stored.people.map(\.id.rawValue))
        var keptPeople: Set<String> = []
        let peopleAligned = batch.people.count == delegateIDs.count
        for (index, person) in batch.people.enumerated() {
            let isKept: Bool
            let id: Identifier<Person>
            if peopleAligned, let storedID = delegateIDs[index], ownPeople.contains(storedID),
                keptPeople.insert(storedID).inserted
            {
                id = Identifier(storedID)
                isKept = true
            } else {
                id = Identifier(maker.make(.person, from: person.name.fullName))
                isKept = false
            }
            var mapped = person.identified(id)
            if person.organisation == organisation.id { mapped.organisation = organisationID }
            if isKept {
                updating.people.append(mapped)
            } else {
                adding.people.append(mapped)
            }
            personMap[person.id] = id
        }
        for attendance in batch.attendances(in: others) {
            guard let id = personMap[attendance.person] else { continue }
            let mapped = Attendance(
                person: id, event: attendance.event, place: attendance.place, role: attendance.role)
            if keptPeople.contains(id.rawValue) {
                updating.attendances.append(mapped)
            } else {
                adding.attendances.append(mapped)
            }
        }

        var removed: [PlanEntity] =
            stored.products.filter { !keptProducts.contains($0.id.rawValue) }.map {
                PlanEntity.product($0.id)
            }
            + stored.people.filter { !keptPeople.contains($0.id.rawValue) }.map { PlanEntity.person($0.id) }
        if let party = batch.parties.first {
            let partyID = stored.party?.id ?? Identifier(maker.make(.party, from: party.name))
            var mapped = party.identified(partyID)
            if case .organisation(let id) = party.kind, id == organisation.id {
                mapped.kind = .organisation(organisationID)
            }
            if let kept = stored.party {
                mapped.registrationStatus = kept.registrationStatus
                mapped.registeredAt = kept.registeredAt
                mapped.priority = kept.priority
                mapped.cluster = kept.cluster
                updating.parties.append(mapped)
            } else {
                mapped.registeredAt = now
                adding.parties.append(mapped)
            }
            if let request = batch.boothRequests.first(where: { $0.party == party.id }) {
                var mappedRequest = request.identified(
                    stored.request?.id ?? Identifier("yc-\(partyID.rawValue)"), party: partyID)
                mappedRequest.products = request.products.map { productMap[$0] ?? $0 }
                if request.showsEveryProduct, let kept = stored.request, kept.showsEveryProduct {
                    // «Every product» is in no order the form chose: the stored order stays, new
                    // products after, so a correction that changes none changes nothing.
                    let now = Set(mappedRequest.products)
                    let before = Set(kept.products)
                    mappedRequest.products =
                        kept.products.filter(now.contains)
                        + mappedRequest.products.filter { !before.contains($0) }
                }
                mappedRequest.sharingOrganisations = request.sharingOrganisations.map {
                    $0 == organisation.id ? organisationID : $0
                }
                if stored.party == nil {
                    adding.boothRequests.append(mappedRequest)
                } else {
                    updating.boothRequests.append(mappedRequest)
                }
            }
        } else if let party = stored.party {
            removed.append(.party(party.id))
        }
        return Correction(organisation: corrected, removed: removed, adding: adding, updating: updating)
    }
}
