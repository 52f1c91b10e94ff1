extension InterchangeMessage {
    /// A number of metres as written in messages: whole numbers without decimals (`10000`),
    /// others as Swift prints them (`2.5`); never traps, whatever the value.
    static func decimal(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
