public import ArgumentParser
import Foundation
public import Planning

// Command-line parsing of the Planning choices used by the workflow commands.

extension EventKind: ExpressibleByArgument {}
extension Sector: ExpressibleByArgument {}
extension RegistrationStatus: ExpressibleByArgument {}
extension IssuingLevel: ExpressibleByArgument {}
extension Attendance.Role: ExpressibleByArgument {}

extension OrganisationKind: ExpressibleByArgument {
    /// Reads a kind as organisers write it: `hop-tac-xa`, `htx`, `tht`, `lhhtx`, `qtdnd`, `dn`,
    /// `hkd`, or a Vietnamese name with or without diacritics.
    public init?(argument: String) {
        let key = VietnameseText.searchKey(argument).replacingOccurrences(of: "-", with: " ")
        let words: [String: OrganisationKind] = [
            "to hop tac": .cooperativeGroup, "tht": .cooperativeGroup,
            "hop tac xa": .cooperative, "htx": .cooperative,
            "lien hiep hop tac xa": .cooperativeUnion, "lhhtx": .cooperativeUnion,
            "lien hiep htx": .cooperativeUnion,
            "quy tin dung nhan dan": .peoplesCreditFund, "qtdnd": .peoplesCreditFund,
            "doanh nghiep": .enterprise, "dn": .enterprise,
            "ho kinh doanh": .householdBusiness, "hkd": .householdBusiness,
        ]
        guard let kind = OrganisationKind(rawValue: argument) ?? words[key] else { return nil }
        self = kind
    }
}

extension BoothService: ExpressibleByArgument {}
extension ConnectionPointRole: ExpressibleByArgument {}
extension AgendaKind: ExpressibleByArgument {}
