import Foundation

/// Test fixtures, read from the test bundle (`resources: [.copy("Fixtures")]`).
enum Fixtures {
    /// The fixtures folder inside the test bundle.
    static var directory: String {
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            fatalError("Fixtures folder missing from the test bundle")
        }
        return url.path
    }

    /// Absolute path of a fixture file.
    static func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// Contents of a fixture file.
    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }

    /// The marker string stored in `secret.txt`; it must never appear in any output.
    static let secretMarker = "FAIRPLAN-SECRET-MARKER-7f3a9c"

    /// A fresh, empty temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("LibXMLTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    /// Names of the files in a folder, sorted.
    static func contents(of folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }
}
