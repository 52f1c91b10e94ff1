public import ArgumentParser
public import Planning

// Command-line parsing of the Planning choices used by the commands.

extension EventKind: ExpressibleByArgument {}
extension Sector: ExpressibleByArgument {}
extension RegistrationStatus: ExpressibleByArgument {}
extension IssuingLevel: ExpressibleByArgument {}
extension Attendance.Role: ExpressibleByArgument {}
extension BoothService: ExpressibleByArgument {}
extension ConnectionPointRole: ExpressibleByArgument {}
extension AgendaKind: ExpressibleByArgument {}

extension OrganisationKind: ExpressibleByArgument {
    /// Reads a kind as organisers write it (`hop-tac-xa`, `htx`, `tht`, `lhhtx`, `qtdnd`, `dn`,
    /// `hkd`, or a Vietnamese name with or without diacritics), through ``OrganisationKind/init(written:)``.
    public init?(argument: String) {
        self.init(written: argument)
    }
}
