extension ExternalTool {
    /// ZBar's `zbarimg`, an independent reader of the QR codes FairPlan draws (run as
    /// `zbarimg --raw -q FILE.png`).
    public static let zbar = ExternalTool(name: "ZBar", executable: "zbarimg", debianPackage: "zbar-tools")
}
