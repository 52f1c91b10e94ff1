/// Remembers which literal names an `XMLWriter` has already checked, so that a name written a
/// million times is validated once.
///
/// A small direct-mapped table keyed by the literal's address: an entry records that the name
/// is a valid qualified name, whether it may name an attribute, and the namespace epoch in which
/// its prefix was found bound. The writer bumps its epoch whenever namespace bindings change,
/// which invalidates every entry. A collision only costs a new check.
final class XMLWriterLiteralCache {
    private struct Entry {
        var address: UInt = 0
        var epoch: UInt32 = 0
        var asAttribute = false
    }

    private static let slotCount = 256
    private let entries: UnsafeMutablePointer<Entry>

    init() {
        entries = .allocate(capacity: Self.slotCount)
        entries.initialize(repeating: Entry(), count: Self.slotCount)
    }

    deinit {
        entries.deinitialize(count: Self.slotCount)
        entries.deallocate()
    }

    @inline(__always)
    private static func slot(_ address: UInt) -> Int {
        Int(truncatingIfNeeded: (address >> 3) ^ (address >> 11)) & (slotCount - 1)
    }

    /// Whether the literal at `address` was checked in `epoch` (as an attribute name when
    /// `asAttribute`); epoch 0 never matches.
    @inline(__always)
    func contains(_ address: UInt, epoch: UInt32, asAttribute: Bool) -> Bool {
        let entry = entries[Self.slot(address)]
        return entry.address == address && entry.epoch == epoch && (entry.asAttribute || !asAttribute)
    }

    /// Records that the literal at `address` was checked in `epoch`.
    func insert(_ address: UInt, epoch: UInt32, asAttribute: Bool) {
        let index = Self.slot(address)
        let previous = entries[index]
        let both = previous.address == address && previous.epoch == epoch && previous.asAttribute
        entries[index] = Entry(address: address, epoch: epoch, asAttribute: asAttribute || both)
    }
}
