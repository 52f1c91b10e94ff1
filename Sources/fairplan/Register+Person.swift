import ArgumentParser
import Planning
import Store

extension FairPlan.Register {
    /// `fairplan register person --name ... [--organisation ORG] [--point CP]`.
    struct Person: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Register a person (delegate, speaker, chair, ...) and how they attend.",
            discussion: """
                --organisation names a registered organisation (identifier, code or name); any other \
                unit is written with --unit. The person attends on site, or at the connection point \
                named with --point (identifier, name or province), in the role given with --role.
                """
        )

        @OptionGroup var options: PlanOptions

        @Option(help: "The full name, e.g. \"Nguyễn Thị Hoa\".")
        var name: String

        @Option(help: "The honorific: ông, bà or đồng chí.")
        var honorific: String?

        @Option(help: "The position, e.g. \"Giám đốc\".")
        var position: String?

        @Option(help: "The registered organisation the person represents.")
        var organisation: String?

        @Option(help: "The unit as printed on lists when it is not a registered organisation.")
        var unit: String?

        @Option(help: "The province the person comes from.")
        var province: String?

        @Option(help: "A phone number.")
        var phone: String?

        @Option(help: "An e-mail address.")
        var email: String?

        @Option(help: "The connection point the person attends from (default: on site).")
        var point: String?

        @Option(help: "The role: chair, guest, delegate, speaker, organiser, technician or press.")
        var role: Attendance.Role = .delegate

        @Option(help: "The identifier to give (default: made from the name, e.g. db-nguyen-thi-hoa).")
        var id: String?

        @Flag(help: "Write even when the checks find errors.")
        var force = false

        func validate() throws {
            if let honorific, Honorific(written: honorific) == nil {
                throw ValidationError("--honorific «\(honorific)»: dùng ông, bà hoặc đồng chí.")
            }
            if organisation != nil && unit != nil {
                throw ValidationError("Chỉ ghi một trong --organisation (tổ chức đã đăng ký) và --unit.")
            }
        }

        func run() async throws {
            let store = try options.openStore()
            let outcome = try Registrar(store: store, force: force).register(order())
            print(outcome.lines.joined(separator: "\n"))
        }

        /// The registration to make.
        func order() throws -> Registrar.Order {
            let province = try province.map { try CommandValues.province($0, option: "--province") }
            return Registrar.Order(
                noun: "người", prefix: "db", name: name, explicitID: id,
                taken: { Set($0.people.map(\.id.rawValue)) },
                build: { plan, id in
                    let lookup = PlanLookup(plan: plan)
                    let represented = try organisation.map { try lookup.organisation($0) }
                    let person = Planning.Person(
                        id: Identifier(id), honorific: honorific.flatMap { Honorific(written: $0) },
                        fullName: name,
                        position: position, organisation: represented?.id, unit: unit,
                        province: province ?? represented?.province, phone: phone, email: email)
                    let place = try point.map {
                        Attendance.Place.connectionPoint(try lookup.connectionPoint($0).id)
                    }
                    let attendance = Attendance(
                        person: person.id, event: plan.event.id, place: place ?? .onSite, role: role)
                    var changed = plan
                    changed.people.append(person)
                    changed.attendances.append(attendance)
                    return Registrar.Built(
                        plan: changed,
                        subjects: [Registrar.key(.person, id), Registrar.key(.attendance, id)],
                        write: {
                            try $0.importBatch(ImportBatch(people: [person], attendances: [attendance]))
                        })
                })
        }
    }
}
