import Foundation
public import LibXML

/// The RelaxNG schemas of the exported lists, shipped as resources.
public enum ListSchemas {
    /// The compiled schema of a list.
    ///
    /// - Throws: `InterchangeError.resourceMissing` when the schema is not bundled.
    public static func schema(for kind: ListKind) throws -> RelaxNGSchema {
        guard let folder = Bundle.module.url(forResource: "Schemas", withExtension: nil) else {
            throw InterchangeError.resourceMissing(name: "Schemas")
        }
        let path = folder.appendingPathComponent(kind.schemaFileName).path
        guard FileManager.default.fileExists(atPath: path) else {
            throw InterchangeError.resourceMissing(name: kind.schemaFileName)
        }
        return try RelaxNGSchema(contentsOfFile: path)
    }
}
