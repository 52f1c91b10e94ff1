import ArgumentParser
import Interchange
import Planning
import Store

extension FairPlan.Register {
    /// `fairplan register party --name ... (--province P | --organisation ORG) --booths K ...`.
    struct Party: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Register an exhibiting party (a provincial alliance or one organisation) and its booths.",
            discussion: """
                A provincial alliance (--province) shows the cooperatives named with --share; an \
                organisation (--organisation) shows itself and any --share. The products shown are \
                those named with --products, or else every registered product of the organisations \
                sharing. The registration arrives pending (confirm it with `fairplan confirm`); its \
                registration time is now, and the waiting list serves higher --priority first, then \
                earlier registrations.
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "The name on the fascia, e.g. \"Liên minh HTX tỉnh Cà Mau\".")
        var name: String

        @Option(help: "For a provincial alliance: its province.")
        var province: String?

        @Option(help: "For a single organisation: its identifier, code or name.")
        var organisation: String?

        @Option(help: "Standard booths wanted, given as one connected block.")
        var booths: Int

        @Option(
            parsing: .upToNextOption,
            help: "Organisations sharing the booths (repeat or separate with commas).")
        var share: [String] = []

        @Option(
            parsing: .upToNextOption, help: "Products shown (identifiers or names; default: all of theirs).")
        var products: [String] = []

        @Option(
            parsing: .upToNextOption,
            help: "Services needed: power, water, cold-storage (or nước, kho lạnh, điện).")
        var services: [String] = []

        @Option(parsing: .upToNextOption, help: "Preferred zones or zone tags, in order.")
        var zone: [String] = []

        @Option(help: "The organisers' priority on the waiting list (higher first).")
        var priority = 0

        @Option(help: "The emulation cluster the registration came through.")
        var cluster: String?

        @Option(help: "The contact person for the booth.")
        var contact: String?

        @Option(help: "The contact's phone.")
        var phone: String?

        @Option(help: "Notes from the registration form.")
        var notes: String?

        @Option(help: "The identifier to give (default: made from the name, e.g. dv-lien-minh-htx-ca-mau).")
        var id: String?

        @Flag(help: "Write even when the checks find errors.")
        var force = false

        func validate() throws {
            guard (province == nil) != (organisation == nil) else {
                throw ValidationError(
                    "Ghi --province (liên minh HTX tỉnh) hoặc --organisation (một tổ chức), chỉ một trong hai."
                )
            }
            guard booths >= 1 else { throw ValidationError("--booths phải từ 1 trở lên.") }
            if contact == nil && phone != nil {
                throw ValidationError("--phone đi kèm --contact (tên người liên hệ).")
            }
        }

        func run() async throws {
            let store = try options.openStore()
            let outcome = try Registrar(store: store, force: force).register(order(at: ExportClock.now()))
            print(outcome.lines.joined(separator: "\n"))
        }

        /// The registration to make, registered at `time`.
        func order(at time: LocalDateTime) throws -> Registrar.Order {
            let alliance = try province.map { try CommandValues.province($0, option: "--province") }
            let services = try CommandValues.services(services)
            return Registrar.Order(
                noun: "đơn vị tham gia", prefix: "dv", name: name, explicitID: id,
                taken: { Set($0.parties.map(\.id.rawValue)) },
                build: { plan, id in
                    let lookup = PlanLookup(plan: plan)
                    let own = try organisation.map { try lookup.organisation($0) }
                    var sharing = own.map { [$0.id] } ?? []
                    for written in CommandValues.items(share) {
                        let found = try lookup.organisation(written).id
                        if !sharing.contains(found) { sharing.append(found) }
                    }
                    let shown =
                        try products.isEmpty
                        ? plan.products.filter { sharing.contains($0.owner) }.map(\.id)
                        : CommandValues.items(products).map { try lookup.product($0).id }
                    let kind: ExhibitingParty.Kind =
                        own.map { .organisation($0.id) }
                        ?? .provincialAlliance(alliance ?? ProvinceReference(""))
                    let party = ExhibitingParty(
                        id: Identifier(id), name: name, kind: kind,
                        contact: contact.map { Contact(name: $0, phone: phone) }, registeredAt: time,
                        priority: priority, cluster: cluster)
                    let request = BoothRequest(
                        id: Identifier("yc-\(id)"), party: party.id, boothsWanted: booths,
                        sharingOrganisations: sharing, products: shown, servicesNeeded: services,
                        preferredZones: CommandValues.items(zone), notes: notes)
                    var changed = plan
                    changed.parties.append(party)
                    changed.boothRequests.append(request)
                    return Registrar.Built(
                        plan: changed,
                        subjects: [
                            Registrar.key(.party, id), Registrar.key(.boothRequest, request.id.rawValue),
                        ],
                        write: { try $0.addParty(party, requests: [request]) })
                })
        }
    }
}
