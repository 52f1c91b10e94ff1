import ArgumentParser
import Workflow

extension FairPlan.Register {
    /// `fairplan register party --name ... (--province P | --organisation ORG) --booths K ...`.
    struct Party: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.partyAbstract.localized, discussion: HelpText.partyDiscussion.localized)
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.partyName)) var name: String
        @Option(help: ArgumentHelp(.partyProvince)) var province: String?
        @Option(help: ArgumentHelp(.partyOrganisation)) var organisation: String?
        @Option(help: ArgumentHelp(.partyBooths)) var booths: Int
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyShare)) var share: [String] = []
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyProducts)) var products: [String] = []
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyServices)) var services: [String] = []
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyZone)) var zone: [String] = []
        @Option(help: ArgumentHelp(.partyPriority)) var priority = 0
        @Option(help: ArgumentHelp(.partyCluster)) var cluster: String?
        @Option(help: ArgumentHelp(.contactName)) var contact: String?
        @Option(help: ArgumentHelp(.contactPhone)) var phone: String?
        @Option(help: ArgumentHelp(.partyNotes)) var notes: String?
        @Option(help: ArgumentHelp(.partyID)) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = RegisterParty.Input(name: name, booths: booths)
            input.province = province
            input.organisation = organisation
            input.share = share
            input.products = products
            input.services = services
            input.zones = zone
            input.priority = priority
            input.cluster = cluster
            input.contact = contact
            input.phone = phone
            input.notes = notes
            input.id = id
            input.force = force
            let registration = try RegisterParty(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(RegistrationRendering.lines(registration, language: CLILanguage.current))
        }
    }
}
