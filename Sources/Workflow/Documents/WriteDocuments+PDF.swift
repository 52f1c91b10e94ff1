extension WriteDocuments {
    /// Whether PDF can be written here: LibreOffice (`soffice` or `libreoffice`) is on `PATH`.
    public static var canWritePDF: Bool {
        (try? PDFConversion()) != nil
    }
}
