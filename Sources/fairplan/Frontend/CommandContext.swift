import Foundation
import Workflow

/// The context the command line passes to use cases that change a plan: the account running the
/// command (`USER`, else `LOGNAME`) and now.
enum CommandContext {
    /// The change context of this run.
    static func change() -> ChangeContext {
        let environment = ProcessInfo.processInfo.environment
        let user = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
        return ChangeContext(user: user ?? "?", now: WallClock.now())
    }
}
