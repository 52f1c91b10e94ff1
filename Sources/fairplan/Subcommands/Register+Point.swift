import ArgumentParser
import Planning
import Workflow

extension FairPlan.Register {
    /// `fairplan register point --name ... --province ... --host ... --capacity N ...`.
    struct Point: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.pointAbstract.localized, discussion: HelpText.pointDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.pointName)) var name: String
        @Option(help: ArgumentHelp(.pointProvince)) var province: String
        @Option(help: ArgumentHelp(.pointHost)) var host: String
        @Option(help: ArgumentHelp(.pointCapacity)) var capacity: Int
        @Option(help: ArgumentHelp(.pointRole)) var role: ConnectionPointRole = .satellite
        @Option(help: ArgumentHelp(.pointChair)) var chair: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.pointAvailable)) var available: [String] = []
        @Option(help: ArgumentHelp(.pointLinkTest)) var linkTest = ConnectionPoint.defaultLinkTestLeadMinutes
        @Option(help: ArgumentHelp(.pointTechnician)) var technician: String?
        @Option(help: ArgumentHelp(.pointPhone)) var phone: String?
        @Option(help: ArgumentHelp(.pointID)) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = RegisterPoint.Input(name: name, province: province, host: host, capacity: capacity)
            input.role = role
            input.chair = chair
            input.available = available
            input.linkTest = linkTest
            input.technician = technician
            input.phone = phone
            input.id = id
            input.force = force
            let registration = try RegisterPoint(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(RegistrationRendering.lines(registration, language: CLILanguage.current))
        }
    }
}
