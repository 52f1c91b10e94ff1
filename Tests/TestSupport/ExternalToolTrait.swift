public import Testing

/// The trait of a test (or suite) that needs outside tools: `@Test(.requires(.libreOffice))`.
///
/// When every tool is installed, the test runs. When one is missing and `FAIRPLAN_CI=1`
/// (``TestEnvironment/isContinuousIntegration``), the test still runs and fails with an issue
/// such as "LibreOffice (soffice) is required in CI but not installed"; its body is not run, as it
/// could only fail for the same reason. When one is missing elsewhere, the test is disabled with
/// that reason, and Swift Testing reports it as skipped.
public struct ExternalToolTrait: TestTrait, SuiteTrait, TestScoping {
    /// The tools the test needs.
    public let tools: [ExternalTool]

    /// Applies to every test of a suite it is added to.
    public var isRecursive: Bool { true }

    /// Names the tools, for test reports.
    public var comments: [Comment] {
        [Comment(rawValue: "Needs \(tools.map(\.description).joined(separator: ", ")) on PATH")]
    }

    /// Disables the test, with the reason, when a tool is missing outside CI.
    public func prepare(for test: Test) async throws {
        let missing = tools.filter { !$0.isAvailable }
        guard !missing.isEmpty, !TestEnvironment.isContinuousIntegration else { return }
        let reason = missing.map { "\($0) is not installed (Debian package \($0.debianPackage))" }
        try await ConditionTrait.disabled(Comment(rawValue: reason.joined(separator: "; "))).prepare(
            for: test)
    }

    /// Runs the test, or, when a tool is missing (so in CI, see ``prepare(for:)``), records one
    /// issue per missing tool instead.
    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let missing = tools.filter { !$0.isAvailable }
        guard missing.isEmpty else {
            for tool in missing {
                Issue.record(
                    Comment(
                        rawValue: "\(tool) is required in CI but not installed (Debian package "
                            + "\(tool.debianPackage); .ci/run installs it)"),
                    sourceLocation: test.sourceLocation)
            }
            return
        }
        try await function()
    }
}

extension Trait where Self == ExternalToolTrait {
    /// A test that needs these tools on `PATH`; see ``ExternalToolTrait``.
    public static func requires(_ tools: ExternalTool...) -> Self {
        ExternalToolTrait(tools: tools)
    }
}
