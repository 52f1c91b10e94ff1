import Planning
import Store
import Testing

@Suite("StoreError")
struct StoreErrorTests {
    @Test("a newer plan file names the path and both versions")
    func newerSchemaDescription() {
        let error = StoreError.newerSchema(path: "hoi-cho.fairplan", found: 9, supported: 1)
        #expect(error.description.contains("hoi-cho.fairplan"))
        #expect(error.description.contains("lược đồ 9"))
        #expect(error.description.contains("hỗ trợ đến 1"))
    }

    @Test("a refused transition says what is allowed instead")
    func invalidTransitionDescription() {
        let error = StoreError.invalidTransition(party: "HTX Bình An", from: .pending, to: .placed)
        #expect(error.description.contains("HTX Bình An"))
        #expect(error.description.contains("«Chờ xác nhận»"))
        #expect(error.description.contains("«Đã xếp gian»"))
        #expect(error.description.contains("«Đã xác nhận»"))
    }

    @Test("a missing reference names both entities")
    func missingReferenceDescription() {
        let error = StoreError.missingReference(
            .product, id: "sp-9", refersTo: .organisation, referenceID: "org-9")
        #expect(
            error.description == "Không lưu được sản phẩm «sp-9»: tổ chức «org-9» chưa có trong kế hoạch.")
    }
}
