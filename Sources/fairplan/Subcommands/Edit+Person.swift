import ArgumentParser
import Planning
import Workflow

extension FairPlan.Edit {
    /// `fairplan edit person PERSON --field value…`, with how they attend (`--point`, `--role`).
    struct Person: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.editKindAbstract(.person)).localized,
                discussion: HelpText.editing(.editKindDiscussion(.person, clearable: EditPerson.clearable))
                    .localized)
        }

        @OptionGroup var options: PlanOption
        @OptionGroup var schedule: PersonScheduleOptions
        @Argument(help: ArgumentHelp(.editing(.editSubject(.person)))) var subject: String
        @Option(help: ArgumentHelp(.personName)) var name: String?
        @Option(help: ArgumentHelp(.personHonorific)) var honorific: String?
        @Option(help: ArgumentHelp(.personPosition)) var position: String?
        @Option(help: ArgumentHelp(.personOrganisation)) var organisation: String?
        @Option(help: ArgumentHelp(.personUnit)) var unit: String?
        @Option(help: ArgumentHelp(.personProvince)) var province: String?
        @Option(help: ArgumentHelp(.personPhone)) var phone: String?
        @Option(help: ArgumentHelp(.personEmail)) var email: String?
        @Option(help: ArgumentHelp(.editing(.editPersonPoint))) var point: String?
        @Option(help: ArgumentHelp(.personRole)) var role: Attendance.Role?
        @Option(parsing: .singleValue, help: ArgumentHelp(.editing(.editClear(EditPerson.clearable))))
        var clear: [String] = []
        @Option(help: ArgumentHelp(.editing(.editID))) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = EditPerson.Input(subject: subject)
            input.name = name
            input.honorific = honorific
            input.position = position
            input.organisation = organisation
            input.unit = unit
            input.province = province
            input.phone = phone
            input.email = email
            input.point = point
            input.role = role
            input.clear = clear
            input.id = id
            input.schedule = schedule.input
            input.force = force
            let amendment = try EditPerson(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(amendment, language: CLILanguage.current))
        }
    }
}
