import ArgumentParser

extension FairPlan {
    /// `fairplan edit organisation|product|person|party|point|session ID --field value…`: corrects a
    /// registration by hand.
    struct Edit: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.editing(.editAbstract).localized,
                discussion: HelpText.editing(.editDiscussion).localized,
                subcommands: [
                    Organisation.self, Product.self, Person.self, Party.self, Point.self, Session.self,
                ])
        }
    }
}
