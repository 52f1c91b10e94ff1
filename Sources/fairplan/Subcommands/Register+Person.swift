import ArgumentParser
import Planning
import Workflow

extension FairPlan.Register {
    /// `fairplan register person --name ... [--organisation ORG] [--point CP]`.
    struct Person: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.personAbstract.localized, discussion: HelpText.personDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @OptionGroup var schedule: PersonScheduleOptions
        @Option(help: ArgumentHelp(.personName)) var name: String
        @Option(help: ArgumentHelp(.personHonorific)) var honorific: String?
        @Option(help: ArgumentHelp(.personPosition)) var position: String?
        @Option(help: ArgumentHelp(.personOrganisation)) var organisation: String?
        @Option(help: ArgumentHelp(.personUnit)) var unit: String?
        @Option(help: ArgumentHelp(.personProvince)) var province: String?
        @Option(help: ArgumentHelp(.personPhone)) var phone: String?
        @Option(help: ArgumentHelp(.personEmail)) var email: String?
        @Option(help: ArgumentHelp(.personPoint)) var point: String?
        @Option(help: ArgumentHelp(.personRole)) var role: Attendance.Role = .delegate
        @Option(help: ArgumentHelp(.personID)) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = RegisterPerson.Input(name: name)
            input.honorific = honorific
            input.position = position
            input.organisation = organisation
            input.unit = unit
            input.province = province
            input.phone = phone
            input.email = email
            input.point = point
            input.role = role
            input.id = id
            input.schedule = schedule.input
            input.force = force
            let registration = try RegisterPerson(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(RegistrationRendering.lines(registration, language: CLILanguage.current))
        }
    }
}
