import ArgumentParser
import Planning
import Store

extension FairPlan.Register {
    /// `fairplan register organisation --name ... --province ...`.
    struct Organisation: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register an organisation (HTX, tổ hợp tác, liên hiệp HTX, quỹ TDND, ...).",
            discussion: """
                The kind is taken from the name ("Hợp tác xã ...", "HTX ...") when --kind is left out. \
                The sector defaults to tín dụng for a people's credit fund and nông nghiệp otherwise.
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "The legal name, e.g. \"Hợp tác xã Nông nghiệp Tân Hòa\".")
        var name: String

        @Option(help: "The kind: htx, tht, lhhtx, qtdnd, dn, hkd (or hop-tac-xa, to-hop-tac, ...).")
        var kind: OrganisationKind?

        @Option(help: "The sector: nong-nghiep, phi-nong-nghiep or tin-dung.")
        var sector: Sector?

        @Option(help: "The province of the head office (2025 or former name).")
        var province: String

        @Option(help: "The registration (tax) code: 10 digits, a branch adds -NNN.")
        var code: String?

        @Option(help: "The short name people write, e.g. \"HTX NN Tân Hòa\".")
        var shortName: String?

        @Option(help: "The address.")
        var address: String?

        @Option(help: "The number of members (for a union: member cooperatives).")
        var members: Int?

        @Option(help: "The contact person's name.")
        var contact: String?

        @Option(help: "The contact's phone.")
        var phone: String?

        @Option(help: "The contact's e-mail.")
        var email: String?

        @Option(help: "The identifier to give (default: made from the name, e.g. tc-htx-tan-hoa).")
        var id: String?

        @Flag(help: "Write even when the checks find errors.")
        var force = false

        func validate() throws {
            if kind == nil && OrganisationKind.inferred(fromName: name) == nil {
                throw ValidationError(
                    "Không suy ra được loại tổ chức từ tên «\(name)»; hãy ghi --kind (htx, tht, lhhtx, qtdnd, dn, hkd)."
                )
            }
            if let members, members < 0 { throw ValidationError("--members phải là số không âm.") }
            if contact == nil && (phone != nil || email != nil) {
                throw ValidationError("--phone và --email đi kèm --contact (tên người liên hệ).")
            }
        }

        func run() async throws {
            let store = try options.openStore()
            let outcome = try Registrar(store: store, force: force).register(order())
            print(outcome.lines.joined(separator: "\n"))
        }

        /// The registration to make.
        func order() throws -> Registrar.Order {
            let province = try CommandValues.province(province, option: "--province")
            let kind = kind ?? OrganisationKind.inferred(fromName: name) ?? .cooperative
            let sector = sector ?? (kind == .peoplesCreditFund ? .credit : .agricultural)
            return Registrar.Order(
                noun: "tổ chức", prefix: "tc", name: name, explicitID: id,
                taken: { Set($0.organisations.map(\.id.rawValue)) },
                build: { plan, id in
                    let organisation = Planning.Organisation(
                        id: Identifier(id), name: name, shortName: shortName, kind: kind, sector: sector,
                        registrationCode: code, province: province, address: address,
                        contacts: contact.map { [Contact(name: $0, phone: phone, email: email)] } ?? [],
                        memberCount: members)
                    var changed = plan
                    changed.organisations.append(organisation)
                    return Registrar.Built(
                        plan: changed, subjects: [Registrar.key(.organisation, id)],
                        write: { try $0.addOrganisation(organisation) })
                })
        }
    }
}
