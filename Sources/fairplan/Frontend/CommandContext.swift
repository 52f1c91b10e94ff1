import Foundation
import Workflow

/// The context the command line passes to use cases that change a plan: the account running the
/// command (`USER`, else `LOGNAME`, else the system's name for the account, as under cron or in a
/// container where neither is set; its number only when the account has no name) and now.
enum CommandContext {
    /// The change context of this run.
    static func change() -> ChangeContext {
        let environment = ProcessInfo.processInfo.environment
        let user = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty }
        return ChangeContext(user: user ?? accountName(), now: WallClock.now())
    }

    /// The name of the account running the command, from the system's account database.
    static func accountName() -> String {
        let uid = getuid()
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "uid \(uid)" }
        let text = String(cString: name)
        return text.isEmpty ? "uid \(uid)" : text
    }
}
