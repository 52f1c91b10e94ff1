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

    /// The package's root folder, found from this file's path.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }
}
