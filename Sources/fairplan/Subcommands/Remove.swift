import ArgumentParser
import Planning
import Workflow

extension FairPlan {
    /// `fairplan remove KIND ID [--cascade] [--yes]`: removes an entry registered by mistake, after
    /// asking on a terminal.
    struct Remove: AsyncParsableCommand {
        /// The kinds of entry removed, as typed.
        enum Kind: String, CaseIterable, ExpressibleByArgument {
            case organisation, product, person, party, point, session, timeslot

            /// The kind of entity; nil for a timeslot of the grid (part of the event).
            var entity: EntityKind? {
                switch self {
                case .organisation: .organisation
                case .product: .product
                case .person: .person
                case .party: .party
                case .point: .connectionPoint
                case .session: .session
                case .timeslot: nil
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
            guard let entity = kind.entity else {
                let outcome = try RemoveTimeslot(store: try options.openStore()).run(
                    time: subject, context: CommandContext.change())
                Output().lines(
                    GridRendering.lines(
                        WorkflowMessage.timeslotRemoved(outcome.timeslot, count: outcome.grid.count),
                        grid: outcome.grid, pauseMinutes: outcome.pauseMinutes, language: CLILanguage.current)
                )
                return
            }
            var input = RemoveEntity.Input(kind: entity, subject: subject)
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
