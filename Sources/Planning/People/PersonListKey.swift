import Foundation

/// A person's place in a list, computed once: sorting by keys gives exactly the order of
/// ``Person/alphabeticalOrder(_:_:)`` (or ``Person/protocolOrder(_:_:)``) without recomputing
/// collation keys and protocol ranks at every comparison.
public struct PersonListKey: Comparable, Sendable {
    /// The protocol rank when sorting in protocol order, else 0.
    let rank: Int
    /// The collation keys of the given, family and middle names.
    let parts: [VietnameseSortKey]
    /// The date of birth; unknown sorts last.
    let dateOfBirth: CalendarDate?
    /// The identifier, the final tie-break.
    let id: Identifier<Person>

    /// The key of `person`; `protocolOrder` puts the most senior positions first.
    public init(_ person: Person, protocolOrder: Bool = false) {
        rank = protocolOrder ? person.protocolRank : 0
        parts = [person.name.given, person.name.family, person.name.middle].map(VietnameseSortKey.init)
        dateOfBirth = person.dateOfBirth
        id = person.id
    }

    /// Tells whether `lhs` comes first: rank, then each name part at tertiary strength, then date
    /// of birth, then identifier.
    public static func < (lhs: PersonListKey, rhs: PersonListKey) -> Bool {
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        for (left, right) in zip(lhs.parts, rhs.parts) {
            switch left.compare(right, strength: .tertiary) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: continue
            }
        }
        switch (lhs.dateOfBirth, rhs.dateOfBirth) {
        case (let left?, let right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.id < rhs.id
        }
    }

    /// Keys are equal when they sort together; two people's keys differ by their identifiers.
    public static func == (lhs: PersonListKey, rhs: PersonListKey) -> Bool {
        !(lhs < rhs) && !(rhs < lhs)
    }
}

extension Sequence {
    /// The elements in list order of the person each holds (alphabetical, or protocol order),
    /// each person's key computed once.
    public func sortedAsPeopleList(protocolOrder: Bool = false, by person: (Element) -> Person) -> [Element] {
        map { (key: PersonListKey(person($0), protocolOrder: protocolOrder), element: $0) }
            .sorted { $0.key < $1.key }
            .map(\.element)
    }
}
