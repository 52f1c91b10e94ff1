import ArgumentParser
import Planning
import Workflow

extension FairPlan.Register {
    /// `fairplan register product --name ... --owner ORG ...`.
    struct Product: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.productAbstract.localized, discussion: HelpText.productDiscussion.localized
            )
        }

        @OptionGroup var options: PlanOption
        @Option(help: ArgumentHelp(.productName)) var name: String
        @Option(help: ArgumentHelp(.productOwner)) var owner: String
        @Option(name: .customLong("set"), help: ArgumentHelp(.productSet)) var productSet: String?
        @Option(help: ArgumentHelp(.productStars)) var stars: Int?
        @Option(help: ArgumentHelp(.productDecision)) var decision: String?
        @Option(help: ArgumentHelp(.productDecisionDate)) var decisionDate: String?
        @Option(help: ArgumentHelp(.productIssuingBody)) var issuingBody: String?
        @Option(help: ArgumentHelp(.productIssuingLevel)) var issuingLevel: IssuingLevel?
        @Option(help: ArgumentHelp(.productValidUntil)) var validUntil: String?
        @Option(help: ArgumentHelp(.productOCOPCode)) var ocopCode: String?
        @Flag(help: ArgumentHelp(.productColdChain)) var coldChain = false
        @Option(help: ArgumentHelp(.productID)) var id: String?
        @Flag(help: ArgumentHelp(.optionForce)) var force = false

        func run() async throws {
            var input = RegisterProduct.Input(name: name, owner: owner)
            input.productSet = productSet
            input.stars = stars
            input.decision = decision
            input.decisionDate = decisionDate
            input.issuingBody = issuingBody
            input.issuingLevel = issuingLevel
            input.validUntil = validUntil
            input.ocopCode = ocopCode
            input.coldChain = coldChain
            input.id = id
            input.force = force
            let registration = try RegisterProduct(store: options.openStore()).run(
                input, context: CommandContext.change())
            Output().lines(RegistrationRendering.lines(registration, language: CLILanguage.current))
        }
    }
}
