import ArgumentParser
import Planning
import Store

extension FairPlan.Register {
    /// `fairplan register point --name ... --province ... --role main|satellite ...`.
    struct Point: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "point",
            abstract: "Register a connection point (điểm cầu) of a hybrid conference.",
            discussion: """
                A conference has one main point and any number of satellites. --available gives the \
                hours the point's hall is free, as "dd/mm/yyyy hh:mm-hh:mm" (repeat for several days; \
                none means always); the point's link test (--link-test minutes) must fit in them before \
                its first linked session.
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "The name, e.g. \"Điểm cầu Sơn La\".")
        var name: String

        @Option(help: "The province the point is in.")
        var province: String

        @Option(help: "main or satellite.")
        var role: ConnectionPointRole = .satellite

        @Option(help: "The host, e.g. \"Liên minh HTX tỉnh Sơn La\".")
        var host: String

        @Option(help: "Seats in the point's hall.")
        var capacity: Int

        @Option(help: "The person chairing at this point (identifier or name).")
        var chair: String?

        @Option(
            parsing: .singleValue, help: "When the hall is free: \"dd/mm/yyyy hh:mm-hh:mm\" (repeatable).")
        var available: [String] = []

        @Option(help: "Minutes of link test needed before the first linked session.")
        var linkTest = ConnectionPoint.defaultLinkTestLeadMinutes

        @Option(help: "The technician to call about the link.")
        var technician: String?

        @Option(help: "The technician's phone.")
        var phone: String?

        @Option(help: "The identifier to give (default: made from the name, e.g. dc-diem-cau-son-la).")
        var id: String?

        @Flag(help: "Write even when the checks find errors.")
        var force = false

        func validate() throws {
            guard capacity > 0 else { throw ValidationError("--capacity must be more than 0.") }
            guard linkTest >= 0 else { throw ValidationError("--link-test must be 0 or more minutes.") }
        }

        func run() async throws {
            let store = try options.openStore()
            let outcome = try Registrar(store: store, force: force).register(order())
            print(outcome.lines.joined(separator: "\n"))
        }

        /// The registration to make.
        func order() throws -> Registrar.Order {
            let province = try CommandValues.province(self.province, option: "--province")
            let availability = try available.map { try CommandValues.range($0, option: "--available") }
            return Registrar.Order(
                noun: "điểm cầu", prefix: "dc", name: name, explicitID: id,
                taken: { Set($0.connectionPoints.map(\.id.rawValue)) },
                build: { plan, id in
                    let chairID = try chair.map { try PlanLookup(plan: plan).person($0).id }
                    let point = ConnectionPoint(
                        id: Identifier(id), name: name, role: role, province: province, host: host,
                        chair: chairID,
                        hallCapacity: capacity,
                        technicalContact: technician.map {
                            Contact(name: $0, position: "Kỹ thuật", phone: phone)
                        },
                        availability: availability, linkTestLeadMinutes: linkTest)
                    var changed = plan
                    changed.connectionPoints.append(point)
                    return Registrar.Built(
                        plan: changed, subjects: [Registrar.key(.connectionPoint, id)],
                        write: { try $0.addConnectionPoint(point) })
                })
        }
    }
}
