import Planning
import Testing

/// Province suggestions for long text (issue 12): a 1 MB text typed as a province took minutes,
/// an edit distance to every known name computed in full.
@Suite("Planning: province suggestions for long text")
struct ProvinceDirectoryLongTextTests {
    @Test("a 1 MB text gets no suggestions, in seconds")
    func megabyte() {
        let megabyte = String(repeating: "Hợp tác xã Nông nghiệp Tân Hòa ", count: (1 << 20) / 36)
        let clock = ContinuousClock()
        let start = clock.now
        #expect(ProvinceDirectory.suggestions(for: megabyte).isEmpty)
        #expect(clock.now - start < .seconds(20))
    }

    @Test("a near miss still gets its suggestion")
    func nearMiss() {
        #expect(ProvinceDirectory.suggestions(for: "Lao Caii").map(\.name).contains("Lào Cai"))
    }
}
