import Foundation
import Planning
import TestSupport
import Testing

@Suite("PersonName")
struct PersonNameTests {
    @Test("Full name heuristic: first word family, last word given, the rest middle")
    func heuristic() {
        let name = PersonName(fullName: "Nguyễn Thị Minh Khai")
        #expect(name.family == "Nguyễn")
        #expect(name.middle == "Thị Minh")
        #expect(name.given == "Khai")
        #expect(name.fullName == "Nguyễn Thị Minh Khai")

        let three = PersonName(fullName: "Trần Văn An")
        #expect(three == PersonName(family: "Trần", middle: "Văn", given: "An"))

        let two = PersonName(fullName: "Lê Lợi")
        #expect(two == PersonName(family: "Lê", middle: "", given: "Lợi"))
        #expect(two.fullName == "Lê Lợi")

        let one = PersonName(fullName: "H'Hen")
        #expect(one.family.isEmpty && one.middle.isEmpty && one.given == "H'Hen")
        #expect(one.fullName == "H'Hen")

        #expect(PersonName(fullName: "   ").fullName.isEmpty)
    }

    @Test("Names are kept as written, NFC-normalised with single spaces")
    func keptAsWritten() {
        let name = PersonName(fullName: "  nguyễn   văn \t AN ".decomposedStringWithCanonicalMapping)
        #expect(name.family == "nguyễn")
        #expect(name.middle == "văn")
        #expect(name.given == "AN")
        #expect(name == PersonName(fullName: "nguyễn văn AN"))
        #expect(
            PersonName(family: " Hoàng ", middle: "Thị  Thu", given: "Hà ").fullName == "Hoàng Thị Thu Hà")
    }

    @Test("Parts stay editable for names that do not follow the heuristic")
    func editable() {
        var name = PersonName(fullName: "Y Ngông Niê Kdăm")
        name.family = "Niê Kdăm"
        name.middle = ""
        name.given = "Y Ngông"
        #expect(name.fullName == "Niê Kdăm Y Ngông")
    }

    @Test("Ordering: given name, then family name, then middle names")
    func ordering() {
        let names = [
            "Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Lê Thị An", "Phạm Anh", "Đỗ Ánh", "Nguyễn Văn Ân",
            "Hồ Chi", "Nguyễn Thị Chi",
        ].map { PersonName(fullName: $0) }
        let expected = [
            "Lê Thị An", "Lê Văn An", "Nguyễn Thị An", "Phạm Anh", "Đỗ Ánh", "Nguyễn Văn Ân", "Trần Văn Bình",
            "Hồ Chi", "Nguyễn Thị Chi",
        ]
        #expect(names.sorted().map(\.fullName) == expected)
        var random = TestRandom(seed: 42)
        #expect(names.shuffled(using: &random).sorted().map(\.fullName) == expected)
    }

    @Test("Given names differing only in tone are ordered by the tone, not by the family name")
    func toneInGivenName() {
        let names = ["Vũ Hạ", "An Hà"].map { PersonName(fullName: $0) }
        #expect(names.sorted().map(\.fullName) == ["An Hà", "Vũ Hạ"])
        let names2 = ["An Hạ", "Vũ Hà"].map { PersonName(fullName: $0) }
        #expect(names2.sorted().map(\.fullName) == ["Vũ Hà", "An Hạ"])
    }

    @Test("compareForList is equal when names collate equal, so date of birth can decide")
    func compareForList() {
        let a = PersonName(fullName: "Nguyễn Văn Hoà")
        let b = PersonName(fullName: "Nguyễn Văn Hòa")
        #expect(a != b)
        #expect(PersonName.compareForList(a, b) == .orderedSame)
        #expect(PersonName.compareForList(a, a) == .orderedSame)
        #expect((a < b) != (b < a))
        let c = PersonName(fullName: "Nguyễn Văn An")
        #expect(PersonName.compareForList(c, a) == .orderedAscending)
        #expect(PersonName.compareForList(a, c) == .orderedDescending)
        let lower = PersonName(fullName: "nguyễn văn an")
        #expect(PersonName.compareForList(lower, c) == .orderedAscending)
    }

    @Test("Codable round trip, normalising decoded parts")
    func codable() throws {
        let name = PersonName(fullName: "Nguyễn Thị Minh Khai")
        let data = try JSONEncoder().encode(name)
        #expect(try JSONDecoder().decode(PersonName.self, from: data) == name)
        let json = #"{"family":" Lê ","given":"Lợi"}"#
        let decoded = try JSONDecoder().decode(PersonName.self, from: Data(json.utf8))
        #expect(decoded == PersonName(family: "Lê", middle: "", given: "Lợi"))
    }
}
