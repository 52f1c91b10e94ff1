import ArgumentParser
import Workflow

/// The `fairplan` command: plans cooperative trade fairs and hybrid conferences.
struct FairPlan: AsyncParsableCommand {
    /// FairPlan's version, printed by `fairplan --version`.
    static let version = "0.2.0"

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fairplan", abstract: HelpText.rootAbstract.localized,
            discussion: HelpText.rootDiscussion.localized, version: version,
            subcommands: [
                Demo.self, Init.self, VenueGroup.self, Register.self, Template.self, Import.self,
                ListCommand.self, Edit.self, Remove.self,
                Confirm.self, Withdraw.self, Offer.self, Allocate.self, Schedule.self, Check.self,
                Changes.self,
                Assign.self, Move.self, Swap.self, Pin.self, Unpin.self, Place.self, Publish.self,
                Export.self, Documents.self,
                Report.self, History.self, Undo.self, Redo.self, Restore.self, Serve.self, User.self,
            ])
    }

    /// «Lỗi: » or «Error: » before ArgumentParser's error messages.
    static var _errorPrefix: String { CLILanguage.text(WorkflowMessage.errorPrefix) }
}
