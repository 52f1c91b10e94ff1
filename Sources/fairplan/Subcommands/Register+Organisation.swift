import ArgumentParser
import Planning
import Workflow

extension FairPlan.Register {
    /// `fairplan register organisation --name ... --province ...`.
    struct Organisation: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.organisationAbstract.localized,
                discussion: HelpText.organisationDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.organisationName)) var name: String
        @Option(help: ArgumentHelp(.organisationKind)) var kind: OrganisationKind?
        @Option(help: ArgumentHelp(.organisationSector)) var sector: Sector?
        @Option(help: ArgumentHelp(.organisationProvince)) var province: String
        @Option(help: ArgumentHelp(.organisationCode)) var code: String?
        @Option(help: ArgumentHelp(.organisationShortName)) var shortName: String?
        @Option(help: ArgumentHelp(.organisationAddress)) var address: String?
        @Option(help: ArgumentHelp(.organisationMembers)) var members: Int?
        @Option(help: ArgumentHelp(.contactName)) var contact: String?
        @Option(help: ArgumentHelp(.contactPhone)) var phone: String?
        @Option(help: ArgumentHelp(.contactEmail)) var email: String?
        @Option(help: ArgumentHelp(.organisationID)) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = RegisterOrganisation.Input(name: name, province: province)
            input.kind = kind
            input.sector = sector
            input.code = code
            input.shortName = shortName
            input.address = address
            input.members = members
            input.contact = contact
            input.phone = phone
            input.email = email
            input.id = id
            input.force = force
            let registration = try RegisterOrganisation(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(RegistrationRendering.lines(registration, language: CLILanguage.current))
        }
    }
}
