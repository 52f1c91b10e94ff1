import Foundation

/// The environment variables that change how the tests behave.
public enum TestEnvironment {
    /// Whether the tests run in continuous integration (`FAIRPLAN_CI=1`, set by `.ci/run`): there,
    /// a test that needs a missing outside tool fails instead of being skipped.
    public static var isContinuousIntegration: Bool { flag("FAIRPLAN_CI") }

    /// Whether golden files are being recorded (`FAIRPLAN_RECORD_GOLDEN=1`): ``Golden`` then
    /// writes the output it is given as the new golden file, and records an issue saying so.
    public static var recordsGoldenFiles: Bool { flag("FAIRPLAN_RECORD_GOLDEN") }

    /// Whether the variable `name` is set to `1`.
    static func flag(_ name: String) -> Bool {
        ProcessInfo.processInfo.environment[name] == "1"
    }
}
