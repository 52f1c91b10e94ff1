import Planning
import Testing

@Suite("ProvinceReference: names as written, units of 2025")
struct ProvinceReferenceTests {
    @Test("a former province keeps its name and resolves to the new unit")
    func former() {
        let reference = ProvinceReference("Bình Dương")
        #expect(reference.written == "Bình Dương")
        #expect(reference.officialName == "Hồ Chí Minh")
        #expect(reference.formerCode == ProvinceCode(scheme: .pre2025, code: "74"))
        for language in Language.allCases {
            #expect(
                reference.text(language)
                    == PlanningMessage.formerProvince(current: "Hồ Chí Minh", former: "Bình Dương").text(
                        language))
        }
        #expect(reference.description == reference.text(.vietnamese))
    }

    @Test("variants print the official name")
    func variants() {
        for written in ["TP.HCM", "Tp. Hồ Chí Minh", "ho chi minh"] {
            let reference = ProvinceReference(written)
            #expect(reference.code == ProvinceCode(scheme: .y2025, code: "79"), "\(written)")
            #expect(reference.text(.vietnamese) == "Hồ Chí Minh" && reference.text(.english) == "Hồ Chí Minh")
        }
    }

    @Test("an unknown name keeps the text and has no code")
    func unknown() {
        let reference = ProvinceReference("Xứ Đoài")
        #expect(reference.code == nil)
        #expect(reference.province == nil)
        #expect(reference.officialName == "Xứ Đoài")
    }
}
