import Store
import Testing

@Suite("StoreError")
struct StoreErrorTests {
    @Test("a newer plan file names the path and both versions")
    func newerSchemaDescription() {
        let error = StoreError.newerSchema(path: "hoi-cho.fairplan", found: 9, supported: 1)
        #expect(error.description.contains("hoi-cho.fairplan"))
        #expect(error.description.contains("9"))
        #expect(error.description.contains("1"))
    }
}
