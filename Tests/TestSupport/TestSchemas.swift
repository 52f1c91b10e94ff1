public import Foundation

/// The public schemas the conformance tests validate against: unchanged copies vendored in
/// `Tests/TestSupport/Schemas` (sources and licences in its `SOURCES.md`) and bundled with this
/// target, so that no test reads anything outside the repository.
public enum TestSchemas {
    /// The OASIS OpenDocument 1.3 RelaxNG schema (`content.xml`, `styles.xml`, `meta.xml`,
    /// `settings.xml` and flat `.fods` documents).
    public static var odf13: URL { file("odf1.3/OpenDocument-v1.3-schema.rng") }

    /// The OASIS OpenDocument 1.3 RelaxNG schema of `META-INF/manifest.xml`.
    public static var odf13Manifest: URL { file("odf1.3/OpenDocument-v1.3-manifest-schema.rng") }

    /// The C3VOC / frab conference schedule XML schema (`schedule.xml.xsd`, EUPL-1.2).
    public static var frab: URL { file("frab/schedule.xml.xsd") }

    /// The bundled `Schemas` folder.
    public static var folder: URL {
        (Bundle.module.resourceURL ?? Bundle.module.bundleURL).appendingPathComponent(
            "Schemas", isDirectory: true)
    }

    /// A file of the bundled `Schemas` folder, by its path inside it.
    static func file(_ path: String) -> URL {
        folder.appendingPathComponent(path, isDirectory: false)
    }
}
