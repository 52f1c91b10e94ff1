import ArgumentParser
import Planning
import Workflow

extension FairPlan.Edit {
    /// `fairplan edit point CP --field value…`.
    struct Point: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.editKindAbstract(.connectionPoint)).localized,
                discussion: HelpText.editing(
                    .editKindDiscussion(.connectionPoint, clearable: EditPoint.clearable)
                )
                .localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.editing(.editSubject(.connectionPoint)))) var subject: String
        @Option(help: ArgumentHelp(.pointName)) var name: String?
        @Option(help: ArgumentHelp(.pointProvince)) var province: String?
        @Option(help: ArgumentHelp(.pointHost)) var host: String?
        @Option(help: ArgumentHelp(.pointCapacity)) var capacity: Int?
        @Option(help: ArgumentHelp(.pointRole)) var role: ConnectionPointRole?
        @Option(help: ArgumentHelp(.pointChair)) var chair: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.pointAvailable)) var available: [String] = []
        @Option(help: ArgumentHelp(.pointLinkTest)) var linkTest: Int?
        @Option(help: ArgumentHelp(.pointTechnician)) var technician: String?
        @Option(help: ArgumentHelp(.pointPhone)) var phone: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.editing(.editClear(EditPoint.clearable))))
        var clear: [String] = []
        @Option(help: ArgumentHelp(.editing(.editID))) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = EditPoint.Input(subject: subject)
            input.name = name
            input.province = province
            input.host = host
            input.capacity = capacity
            input.role = role
            input.chair = chair
            input.available = available.isEmpty ? nil : available
            input.linkTest = linkTest
            input.technician = technician
            input.phone = phone
            input.clear = clear
            input.id = id
            input.force = force
            let amendment = try EditPoint(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(amendment, language: CLILanguage.current))
        }
    }
}
