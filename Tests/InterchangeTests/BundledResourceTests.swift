import Foundation
import Testing

/// The module's resource copies must match the canonical files in the top-level `Venues/` folder.
@Suite struct BundledResourceTests {
    @Test(arguments: ["venue.rng", "trung-tam-hoi-nghi-tinh.xml", "trung-tam-hoi-cho-quoc-gia.xml"])
    func resourceCopyIsIdenticalToTheCanonicalFile(name: String) throws {
        let root = Fixtures.packageRoot
        let canonical = try Data(contentsOf: root.appendingPathComponent("Venues/\(name)"))
        let copy = try Data(
            contentsOf: root.appendingPathComponent("Sources/Interchange/Resources/Venues/\(name)"))
        #expect(copy == canonical, "Sources/Interchange/Resources/Venues/\(name) differs from Venues/\(name)")
    }

    @Test func everyCanonicalVenueIsBundled() throws {
        let root = Fixtures.packageRoot
        let canonical = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("Venues").path
        )
        .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".rng") }
        let copies = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("Sources/Interchange/Resources/Venues").path)
        #expect(Set(canonical) == Set(copies))
    }
}
