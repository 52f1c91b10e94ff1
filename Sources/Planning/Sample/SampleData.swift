/// The embedded sample plans `fairplan demo` runs on.
///
/// Realistic but fictitious: organisation names, people, registration codes (prefix `99`, which
/// no tax office issues), phone numbers and decision numbers are made up. The fair follows the
/// shape of the public 2019 report of a regional cluster (61 cooperatives, 112 products, 90%
/// agri-food and 10% handicraft, 30 booths) beside other clusters' registrations, with expired
/// certificates and duplicate registrations planted; the briefing is a hybrid conference with a
/// main connection point and 9 satellites.
public enum SampleData {
    /// The sample fair's event identifier.
    public static let fairID: Identifier<Event> = "hoi-cho-htx-2026"
    /// The sample briefing's event identifier.
    public static let briefingID: Identifier<Event> = "giao-ban-truc-tuyen-2026"
    /// The name of the regional cluster modelled on the 2019 report.
    public static let regionalCluster = "Cụm thi đua đồng bằng sông Cửu Long"

    /// The national cooperative fair, with every registration.
    public static func nationalFair() -> Plan {
        var builder = FairSampleBuilder()
        builder.build()
        return builder.plan
    }

    /// The hybrid briefing: a main connection point and 9 satellites, scheduled.
    public static func hybridBriefing() -> Plan {
        BriefingSampleBuilder().build()
    }
}
