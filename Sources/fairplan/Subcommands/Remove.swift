import ArgumentParser
import Planning
import Workflow

extension FairPlan {
    /// `fairplan remove KIND ID [--cascade] [--yes]`: removes an entry registered by mistake, after
    /// asking on a terminal.
    struct Remove: AsyncParsableCommand {
        /// The kinds of entry removed, as typed.
        enum Kind: String, CaseIterable, ExpressibleByArgument {
            case organisation, product, person, party, point, session

            /// The kind of entity.
            var entity: EntityKind {
                switch self {
                case .organisation: .organisation
                case .product: .product
                case .person: .person
                case .party: .party
                case .point: .connectionPoint
                case .session: .session
                }
            }
        }

        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.removeAbstract).localized,
                discussion: HelpText.editing(.removeDiscussion).localized)
        }

        @OptionGroup var options: PlanOption
        @Argument(help: ArgumentHelp(.editing(.removeKind))) var kind: Kind
        @Argument(help: ArgumentHelp(.editing(.removeSubject))) var subject: String
        @Flag(help: ArgumentHelp(.editing(.removeCascade))) var cascade = false
        @OptionGroup var confirm: ConfirmOption

        func run() async throws {
            var input = RemoveEntity.Input(kind: kind.entity, subject: subject)
            input.cascade = cascade
            let remove = RemoveEntity(store: try options.openStore())
            let language = CLILanguage.current
            try Confirmation.confirm(
                HelpText.editing(.confirmRemove(try remove.preview(input))), yes: confirm.yes)
            let removal = try remove.run(input, context: CommandContext.change())
            Output().lines(EditingRendering.lines(removal, preview: false, language: language))
        }
    }
}
