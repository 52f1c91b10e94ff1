import Testing

@testable import fairplan

@Suite("MemoryArenas: one allocator arena for a command, glibc's default for the server")
struct MemoryArenasTests {
    @Test("a command sets glibc's arena limit; the portal's server keeps the default")
    func limits() {
        #expect(MemoryArenas.configure(for: ["import", "--plan", "a.fairplan", "to-chuc.csv"]))
        #expect(!MemoryArenas.configure(for: ["serve", "--plan", "a.fairplan"]))
        // As Main passes them: a language chosen before the subcommand is set aside first.
        let arguments = CLILanguage.choose(arguments: ["--lang", "en", "serve"], environment: [:]).arguments
        #expect(!MemoryArenas.configure(for: arguments))
    }
}
