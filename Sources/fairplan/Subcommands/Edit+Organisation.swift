import ArgumentParser
import Planning
import Workflow

extension FairPlan.Edit {
    /// `fairplan edit organisation ORG --field value…`.
    struct Organisation: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.editKindAbstract(.organisation)).localized,
                discussion: HelpText.editing(
                    .editKindDiscussion(.organisation, clearable: EditOrganisation.clearable)
                ).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.editing(.editSubject(.organisation)))) var subject: String
        @Option(help: ArgumentHelp(.organisationName)) var name: String?
        @Option(help: ArgumentHelp(.organisationKind)) var kind: OrganisationKind?
        @Option(help: ArgumentHelp(.organisationSector)) var sector: Sector?
        @Option(help: ArgumentHelp(.organisationProvince)) var province: String?
        @Option(help: ArgumentHelp(.organisationCode)) var code: String?
        @Option(help: ArgumentHelp(.organisationShortName)) var shortName: String?
        @Option(help: ArgumentHelp(.organisationAddress)) var address: String?
        @Option(help: ArgumentHelp(.organisationMembers)) var members: Int?
        @Option(help: ArgumentHelp(.contactName)) var contact: String?
        @Option(help: ArgumentHelp(.contactPhone)) var phone: String?
        @Option(help: ArgumentHelp(.contactEmail)) var email: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.editing(.editClear(EditOrganisation.clearable))))
        var clear: [String] = []
        @Option(help: ArgumentHelp(.editing(.editID))) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = EditOrganisation.Input(subject: subject)
            input.name = name
            input.kind = kind
            input.sector = sector
            input.province = province
            input.code = code
            input.shortName = shortName
            input.address = address
            input.members = members
            input.contact = contact
            input.phone = phone
            input.email = email
            input.clear = clear
            input.id = id
            input.force = force
            let amendment = try EditOrganisation(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(amendment, language: CLILanguage.current))
        }
    }
}
