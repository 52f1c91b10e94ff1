extension String {
    /// Whether `self` comes before `other` when runs of digits compare as numbers: `A2` before
    /// `A10`, `B1` after `A10`; equal texts are not in increasing order.
    func compare(naturally other: String) -> Bool {
        var left = utf8.makeIterator()
        var right = other.utf8.makeIterator()
        var a = left.next()
        var b = right.next()
        while let x = a, let y = b {
            if Self.isDigit(x) && Self.isDigit(y) {
                var first: [UInt8] = []
                var second: [UInt8] = []
                while let digit = a, Self.isDigit(digit) {
                    first.append(digit)
                    a = left.next()
                }
                while let digit = b, Self.isDigit(digit) {
                    second.append(digit)
                    b = right.next()
                }
                let trimmedFirst = first.drop { $0 == 0x30 }
                let trimmedSecond = second.drop { $0 == 0x30 }
                if trimmedFirst.count != trimmedSecond.count {
                    return trimmedFirst.count < trimmedSecond.count
                }
                if !trimmedFirst.elementsEqual(trimmedSecond) {
                    return trimmedFirst.lexicographicallyPrecedes(trimmedSecond)
                }
                continue
            }
            if x != y { return x < y }
            a = left.next()
            b = right.next()
        }
        return a == nil && b != nil
    }

    /// Whether `byte` is an ASCII digit.
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
}
