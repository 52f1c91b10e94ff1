import Foundation
import Testing

/// The pictures the README shows are in the repository.
@Suite("fairplan: README pictures")
struct ReadmeImageTests {
    /// The path of every picture the README shows (`![…](path)`), in order.
    static func pictures() throws -> [String] {
        let readme = try String(
            contentsOf: WalkThroughTests.root.appendingPathComponent("README.md"), encoding: .utf8)
        let pattern = try Regex(#"!\[[^\]]*\]\(([^)\s]+)\)"#)
        return readme.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
    }

    @Test("every picture the README shows is a PNG in the repository, of reasonable size")
    func picturesExist() throws {
        let paths = try Self.pictures()
        #expect(paths.count >= 10, "\(paths)")
        for path in paths {
            let url = WalkThroughTests.root.appendingPathComponent(path)
            let data = try #require(try? Data(contentsOf: url), "\(path) is missing")
            #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "\(path)")
            #expect(data.count < 1_500_000, "\(path) is \(data.count) bytes")
        }
    }

    @Test("the README shows one page of each kind of paper and the demo's floor plan")
    func everyPaperShown() throws {
        let paths = Set(try Self.pictures())
        for kind in ["lists", "invitations", "exhibitor-letters", "fascia", "notices", "badges"] {
            #expect(paths.contains("Docs/Images/giay-to-\(kind).png"), "\(kind)")
        }
        #expect(paths.contains("Exports/so-do-hoi-cho-mau.png"))
    }
}
