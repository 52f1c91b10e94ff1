import ArgumentParser
import Planning
import Workflow

extension FairPlan.Edit {
    /// `fairplan edit party PARTY --field value…`, with its booth request.
    struct Party: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.editKindAbstract(.party)).localized,
                discussion: HelpText.editing(.editKindDiscussion(.party, clearable: EditParty.clearable))
                    .localized
            )
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.editing(.editSubject(.party)))) var subject: String
        @Option(help: ArgumentHelp(.partyName)) var name: String?
        @Option(help: ArgumentHelp(.partyProvince)) var province: String?
        @Option(help: ArgumentHelp(.partyOrganisation)) var organisation: String?
        @Option(help: ArgumentHelp(.partyBooths)) var booths: Int?
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyShare)) var share: [String] = []
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.editing(.editPartyProducts))) var products:
            [String] = []
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyServices)) var services: [String] = []
        @Option(parsing: .upToNextOption, help: ArgumentHelp(.partyZone)) var zone: [String] = []
        @Option(help: ArgumentHelp(.partyPriority)) var priority: Int?
        @Option(help: ArgumentHelp(.partyCluster)) var cluster: String?
        @Option(help: ArgumentHelp(.contactName)) var contact: String?
        @Option(help: ArgumentHelp(.contactPhone)) var phone: String?
        @Option(help: ArgumentHelp(.partyNotes)) var notes: String?
        @Option(parsing: .singleValue, help: ArgumentHelp(.editing(.editClear(EditParty.clearable))))
        var clear: [String] = []
        @Option(help: ArgumentHelp(.editing(.editID))) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = EditParty.Input(subject: subject)
            input.name = name
            input.province = province
            input.organisation = organisation
            input.booths = booths
            input.share = share.isEmpty ? nil : share
            input.products = products.isEmpty ? nil : products
            input.services = services.isEmpty ? nil : services
            input.zones = zone.isEmpty ? nil : zone
            input.priority = priority
            input.cluster = cluster
            input.contact = contact
            input.phone = phone
            input.notes = notes
            input.clear = clear
            input.id = id
            input.force = force
            let amendment = try EditParty(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(amendment, language: CLILanguage.current))
        }
    }
}
