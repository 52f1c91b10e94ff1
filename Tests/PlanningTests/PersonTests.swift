import Planning
import Testing

@Suite("Person: names and list orders")
struct PersonTests {
    @Test("alphabetical order: given name, family name, middle names, date of birth")
    func alphabetical() {
        let people = [
            Person(id: "1", fullName: "Trần Văn Bình"),
            Person(id: "2", fullName: "Nguyễn Thị Ánh"),
            Person(id: "3", fullName: "Lê Văn Bình", dateOfBirth: PlanFixtures.date("1980-01-01")),
            Person(id: "4", fullName: "Lê Văn Bình", dateOfBirth: PlanFixtures.date("1975-05-05")),
            Person(id: "5", fullName: "Lê An Bình"),
        ]
        let sorted = people.sorted(by: Person.alphabeticalOrder).map(\.id.rawValue)
        #expect(sorted == ["2", "5", "4", "3", "1"])
    }

    @Test("protocol order puts the chair first, then by rank, then alphabetically")
    func protocolOrder() {
        let people = [
            Person(id: "1", fullName: "Nguyễn Văn An", position: "Chuyên viên"),
            Person(id: "2", fullName: "Lê Thị Hoa", position: "Phó Chủ tịch Liên minh HTX tỉnh"),
            Person(id: "3", fullName: "Trần Văn Nam", position: "Chủ tịch Liên minh HTX tỉnh"),
            Person(id: "4", fullName: "Phạm Văn Long"),
        ]
        #expect(people.sorted(by: Person.protocolOrder).map(\.id.rawValue) == ["3", "2", "1", "4"])
    }

    @Test("honorifics as written")
    func honorifics() {
        #expect(Honorific(written: "ông") == .mr)
        #expect(Honorific(written: "Bà") == .mrs)
        #expect(Honorific(written: "Đồng chí") == .comrade)
        let person = Person(id: "1", honorific: .mrs, fullName: "Lê Thị Hoa")
        for language in Language.allCases {
            #expect(person.displayName(language) == "\(Honorific.mrs.name(language)) Lê Thị Hoa")
        }
        #expect(Person(id: "2", fullName: "Lê Thị Hoa").displayName(.english) == "Lê Thị Hoa")
    }
}

@Suite("ProtocolRank")
struct ProtocolRankTests {
    @Test("the national alliance's chair outranks provincial chairs, who outrank their deputies")
    func national() {
        let national = ProtocolRank.rank(ofPosition: "Chủ tịch Liên minh HTX Việt Nam")
        let provincial = ProtocolRank.rank(ofPosition: "Chủ tịch Liên minh HTX tỉnh Cà Mau")
        let deputy = ProtocolRank.rank(ofPosition: "Phó Chủ tịch Liên minh HTX tỉnh")
        #expect(national < provincial && provincial < deputy)
        #expect(ProtocolRank.rank(ofPosition: nil) == ProtocolRank.rank(ofPosition: "Khách mời"))
    }
}
