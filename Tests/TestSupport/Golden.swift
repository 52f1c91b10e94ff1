public import Foundation
public import Testing

/// Golden files: the expected output of a writer, kept in the test target's `Fixtures` folder.
///
/// A missing golden file fails the test; nothing is written unless `FAIRPLAN_RECORD_GOLDEN=1`
/// (``TestEnvironment/recordsGoldenFiles``). Then the output is written as the new golden file
/// and the test records an issue saying so, so a recording run never passes silently: check the
/// new files (by eye, and with LibreOffice for spreadsheets), then run the tests again without
/// the variable.
///
/// The file is found from the calling test file's source path (`#filePath`): for a test in
/// `Tests/SheetsTests/`, `Golden.assertMatches(data, named: "sample.csv")` reads and records
/// `Tests/SheetsTests/Fixtures/golden/sample.csv` in the source tree, never a bundled copy.
public enum Golden {
    /// Checks that `data` is the golden file `name` byte for byte.
    ///
    /// - Parameters:
    ///   - data: The output under test.
    ///   - name: The golden file's name.
    ///   - folder: The folder, inside the test target's `Fixtures` folder, that holds it.
    public static func assertMatches(
        _ data: Data, named name: String, in folder: String = "golden", filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        assertMatches(
            data, named: name, in: folder, comparing: { $0 }, filePath: filePath,
            sourceLocation: sourceLocation)
    }

    /// Checks that `data` and the golden file `name` agree once both are seen through `view`
    /// (for example, the uncompressed entries of a ZIP archive, when compressed bytes may differ
    /// between zlib versions). The golden file still holds the output itself.
    ///
    /// - Parameters:
    ///   - data: The output under test.
    ///   - name: The golden file's name.
    ///   - folder: The folder, inside the test target's `Fixtures` folder, that holds it.
    ///   - view: What is compared, computed from the output and from the golden file; an error it
    ///     throws is recorded as an issue.
    public static func assertMatches<View: Equatable>(
        _ data: Data, named name: String, in folder: String = "golden", comparing view: (Data) throws -> View,
        filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = url(named: name, in: folder, filePath: filePath)
        let rerun = "FAIRPLAN_RECORD_GOLDEN=1 swift test --filter '\(filter(filePath))'"
        if TestEnvironment.recordsGoldenFiles {
            do {
                try FileManager.default.createDirectory(
                    at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file, options: .atomic)
                Issue.record(
                    Comment(
                        rawValue:
                            "Recorded golden file \(file.path) (\(data.count) bytes). Check it, then run "
                            + "the tests again without FAIRPLAN_RECORD_GOLDEN."),
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record(
                    error, Comment(rawValue: "Could not record golden file \(file.path)"),
                    sourceLocation: sourceLocation)
            }
            return
        }
        guard let golden = FileManager.default.contents(atPath: file.path) else {
            Issue.record(
                Comment(
                    rawValue: "Golden file \(file.path) is missing. Record it with \(rerun), check it, "
                        + "then run the tests again."), sourceLocation: sourceLocation)
            return
        }
        do {
            let expected = try view(golden)
            let actual = try view(data)
            guard expected != actual else { return }
            Issue.record(
                Comment(
                    rawValue: "Output differs from golden file \(file.path): "
                        + difference(expected: expected, actual: actual)
                        + ". If the change is intended, record the file again with \(rerun) and check it."),
                sourceLocation: sourceLocation)
        } catch {
            Issue.record(
                error, Comment(rawValue: "Could not compare with golden file \(file.path)"),
                sourceLocation: sourceLocation)
        }
    }

    /// The golden file `name` in `folder` of the `Fixtures` folder of the test target holding
    /// `filePath`, in the source tree.
    public static func url(named name: String, in folder: String = "golden", filePath: String = #filePath)
        -> URL
    {
        targetFolder(filePath).appendingPathComponent("Fixtures", isDirectory: true)
            .appendingPathComponent(folder, isDirectory: true).appendingPathComponent(
                name, isDirectory: false)
    }

    // MARK: - Internals

    /// The test target's folder (`Tests/<Target>`) holding a source file; the file's own folder
    /// when it is not under a `Tests` folder.
    static func targetFolder(_ filePath: String) -> URL {
        let file = URL(fileURLWithPath: filePath)
        let components = file.pathComponents
        guard let tests = components.dropLast(2).lastIndex(of: "Tests") else {
            return file.deletingLastPathComponent()
        }
        var folder = file
        for _ in (tests + 2)..<components.count { folder.deleteLastPathComponent() }
        return folder
    }

    /// A `swift test --filter` pattern for the current test.
    static func filter(_ filePath: String) -> String {
        let target = targetFolder(filePath).lastPathComponent
        guard let name = Test.current?.name.split(separator: "(").first else { return target }
        return "\(target)\\..*\(name)"
    }

    /// Where two compared values differ, briefly.
    static func difference<View>(expected: View, actual: View) -> String {
        guard let expected = expected as? Data, let actual = actual as? Data else {
            return "expected \(String(describing: expected).prefix(300)), got "
                + "\(String(describing: actual).prefix(300))"
        }
        let offset = zip(expected, actual).prefix { $0 == $1 }.count
        var text =
            "\(expected.count) bytes expected, \(actual.count) written; first difference at byte \(offset)"
        if let expectedText = String(data: expected, encoding: .utf8),
            let actualText = String(data: actual, encoding: .utf8)
        {
            let expectedLines = expectedText.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actualText.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(expectedLines, actualLines).prefix { $0 == $1 }.count
            let expectedLine = line < expectedLines.count ? String(expectedLines[line].prefix(200)) : "(end)"
            let actualLine = line < actualLines.count ? String(actualLines[line].prefix(200)) : "(end)"
            text += ", line \(line + 1): expected \"\(expectedLine)\", got \"\(actualLine)\""
        }
        return text
    }
}
