import Foundation

extension Person {
    /// Vietnamese alphabetical order for lists: given name, family name, middle names, then date
    /// of birth (unknown last), then identifier, so the order is total.
    public static func alphabeticalOrder(_ lhs: Person, _ rhs: Person) -> Bool {
        switch PersonName.compareForList(lhs.name, rhs.name) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: break
        }
        switch (lhs.dateOfBirth, rhs.dateOfBirth) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    /// Protocol order for leadership lists: protocol rank, then alphabetical order.
    public static func protocolOrder(_ lhs: Person, _ rhs: Person) -> Bool {
        if lhs.protocolRank != rhs.protocolRank { return lhs.protocolRank < rhs.protocolRank }
        return alphabeticalOrder(lhs, rhs)
    }
}
