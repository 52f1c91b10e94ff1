extension ExternalTool {
    /// LibreOffice with Writer, to convert written `.odt` papers to PDF.
    public static let libreOfficeWriter = ExternalTool(
        name: "LibreOffice Writer", executable: "soffice", debianPackage: "libreoffice-writer-nogui")

    /// `pdfinfo` (poppler), to count a PDF's pages.
    public static let pdfinfo = ExternalTool(
        name: "pdfinfo", executable: "pdfinfo", debianPackage: "poppler-utils")

    /// `pdftoppm` (poppler), to render a PDF's page as PNG.
    public static let pdftoppm = ExternalTool(
        name: "pdftoppm", executable: "pdftoppm", debianPackage: "poppler-utils")
}
