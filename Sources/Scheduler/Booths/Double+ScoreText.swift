public import Planning

extension Double {
    /// The value with two decimals as each language writes numbers: Vietnamese groups thousands
    /// with a space and uses a decimal comma (`1 234,50`, `-30,00`); English groups with a comma
    /// and uses a decimal point (`1,234.50`, `-30.00`).
    public func scoreText(in language: Language) -> String {
        let (group, decimal) =
            switch language {
            case .vietnamese: (" ", ",")
            case .english: (",", ".")
            }
        let cents = Int((abs(self) * 100).rounded())
        var whole = String(cents / 100)
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole.removeLast(3)
        }
        groups.insert(whole, at: 0)
        let fraction = String(cents % 100)
        let sign = self < 0 && cents > 0 ? "-" : ""
        return sign + groups.joined(separator: group) + decimal
            + (fraction.count < 2 ? "0" + fraction : fraction)
    }
}
