import ArgumentParser

extension FairPlan {
    /// `fairplan documents lists|invitations|exhibitor-letters|fascia|notices|badges`: papers to
    /// hand out, as ODT or PDF.
    struct Documents: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "documents", abstract: DocumentsHelp.abstract.localized,
                discussion: DocumentsHelp.discussion.localized,
                subcommands: [
                    Lists.self, Invitations.self, ExhibitorLetters.self, Fascia.self, Notices.self,
                    Badges.self,
                ])
        }
    }
}
