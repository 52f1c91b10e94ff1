extension Double {
    /// The value with two decimals and a comma for the decimal point, as Vietnamese write it:
    /// `1 234,50`, `-30,00`.
    var scoreText: String {
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
        return sign + groups.joined(separator: " ") + "," + (fraction.count < 2 ? "0" + fraction : fraction)
    }
}
