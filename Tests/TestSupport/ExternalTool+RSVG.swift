extension ExternalTool {
    /// librsvg's `rsvg-convert`, to turn floor-plan SVGs into PNG and PDF.
    public static let rsvgConvert = ExternalTool(
        name: "rsvg-convert", executable: "rsvg-convert", debianPackage: "librsvg2-bin")
}
