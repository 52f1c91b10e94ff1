import ArgumentParser

extension FairPlan {
    /// `fairplan register organisation|product|person|party|point|session ...`: one registration by
    /// hand.
    struct Register: AsyncParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: HelpText.registerAbstract.localized,
                discussion: HelpText.registerDiscussion.localized,
                subcommands: [
                    Organisation.self, Product.self, Person.self, Party.self, Point.self, Session.self,
                    Timeslot.self,
                ])
        }
    }
}
