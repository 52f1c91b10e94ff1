import ArgumentParser
import Planning
import Workflow

extension FairPlan.Edit {
    /// `fairplan edit product PRODUCT --field value…`.
    struct Product: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.editKindAbstract(.product)).localized,
                discussion: HelpText.editing(.editKindDiscussion(.product, clearable: EditProduct.clearable))
                    .localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.editing(.editSubject(.product)))) var subject: String
        @Option(help: ArgumentHelp(.productName)) var name: String?
        @Option(help: ArgumentHelp(.productOwner)) var owner: String?
        @Option(name: .customLong("set"), help: ArgumentHelp(.productSet)) var productSet: String?
        @Option(help: ArgumentHelp(.productStars)) var stars: Int?
        @Option(help: ArgumentHelp(.productDecision)) var decision: String?
        @Option(help: ArgumentHelp(.productDecisionDate)) var decisionDate: String?
        @Option(help: ArgumentHelp(.productIssuingBody)) var issuingBody: String?
        @Option(help: ArgumentHelp(.productIssuingLevel)) var issuingLevel: IssuingLevel?
        @Option(help: ArgumentHelp(.productValidUntil)) var validUntil: String?
        @Option(help: ArgumentHelp(.productOCOPCode)) var ocopCode: String?
        @Flag(inversion: .prefixedNo, exclusivity: .exclusive, help: ArgumentHelp(.editing(.editColdChain)))
        var coldChain: Bool?
        @Option(parsing: .singleValue, help: ArgumentHelp(.editing(.editClear(EditProduct.clearable))))
        var clear: [String] = []
        @Option(help: ArgumentHelp(.editing(.editID))) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = EditProduct.Input(subject: subject)
            input.name = name
            input.owner = owner
            input.productSet = productSet
            input.stars = stars
            input.decision = decision
            input.decisionDate = decisionDate
            input.issuingBody = issuingBody
            input.issuingLevel = issuingLevel
            input.validUntil = validUntil
            input.ocopCode = ocopCode
            input.coldChain = coldChain
            input.clear = clear
            input.id = id
            input.force = force
            let amendment = try EditProduct(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(amendment, language: CLILanguage.current))
        }
    }
}
