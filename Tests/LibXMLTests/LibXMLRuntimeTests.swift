import LibXML
import Testing

/// libxml2 initialisation and per-call contexts must hold up under parallel use.
@Suite struct LibXMLRuntimeTests {
    /// Everything one task does, reduced to numbers that must not depend on concurrency.
    private static func work(
        index: Int,
        relaxNG: RelaxNGSchema,
        xsd: XMLSchema,
        valid: [UInt8],
        invalid: [UInt8]
    ) throws -> [Int] {
        let bytes = index.isMultiple(of: 2) ? valid : invalid
        let ownRelaxNG = try RelaxNGSchema(contentsOfFile: Fixtures.path("venue.rng"))
        let ownXSD = try XMLSchema(contentsOfFile: Fixtures.path("venue.xsd"))
        let document = try XMLDocument(data: bytes, sourceName: "venue-\(index).xml")
        let rooms = try document.number(
            "count(//v:room)", namespaces: ["v": "urn:fairplan:test:venue"]
        )
        let reader = try XMLStreamReader(data: bytes, sourceName: "venue-\(index).xml")
        var elements = 0
        while try reader.read() {
            if reader.nodeType == .element { elements += 1 }
        }
        let written = try SampleDocument.bytes()
        let reparsed = try XMLDocument(data: written, sourceName: "sample-\(index).xml")
        var refused = 0
        do {
            _ = try XMLDocument(data: UntrustedInput.billionLaughs.bytes, sourceName: "laughs.xml")
        } catch is LibXMLError {
            refused += 1
        }
        return [
            relaxNG.validate(document).count, xsd.validate(document).count,
            ownRelaxNG.validate(document).count, ownXSD.validate(document).count,
            Int(rooms), elements, reparsed.rootElement.children.count, refused,
        ]
    }

    @Test func parsesAndValidatesInParallel() async throws {
        let relaxNG = try RelaxNGSchema(contentsOfFile: Fixtures.path("venue.rng"))
        let xsd = try XMLSchema(contentsOfFile: Fixtures.path("venue.xsd"))
        let valid = try SampleVenue.valid
        let invalid = try SampleVenue.invalid
        let expected = try (0..<2).map {
            try Self.work(index: $0, relaxNG: relaxNG, xsd: xsd, valid: valid, invalid: invalid)
        }
        #expect(expected[0][0...3] == [0, 0, 0, 0])
        #expect(expected[1][0...3].allSatisfy { $0 >= 3 })
        let results = try await withThrowingTaskGroup(of: (Int, [Int]).self) { group in
            for index in 0..<32 {
                group.addTask {
                    (
                        index,
                        try Self.work(
                            index: index, relaxNG: relaxNG, xsd: xsd, valid: valid, invalid: invalid)
                    )
                }
            }
            var results: [(Int, [Int])] = []
            for try await result in group {
                results.append(result)
            }
            return results
        }
        #expect(results.count == 32)
        for (index, numbers) in results {
            #expect(numbers == expected[index % 2], "task \(index)")
        }
    }
}
