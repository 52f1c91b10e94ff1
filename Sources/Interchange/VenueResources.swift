import Foundation
import LibXML

/// The resources shipped with the module: the venue schema and the bundled venue files.
enum VenueResources {
    /// The `Venues` folder inside the module's resource bundle.
    static var venuesFolder: URL? {
        Bundle.module.url(forResource: "Venues", withExtension: nil)
    }

    /// The compiled venue schema, loaded once.
    static let schema: Result<RelaxNGSchema, InterchangeError> = {
        guard let url = venuesFolder?.appendingPathComponent("venue.rng") else {
            return .failure(.resourceMissing(name: "venue.rng"))
        }
        do {
            return .success(try RelaxNGSchema(contentsOfFile: url.path))
        } catch {
            return .failure(.resourceMissing(name: "venue.rng: \(error)"))
        }
    }()
}
