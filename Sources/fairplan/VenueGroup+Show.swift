import ArgumentParser
import Interchange

extension FairPlan.VenueGroup {
    /// `fairplan venue show FILE [--svg PATH]`: summarises a venue and draws its floor plan.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise a venue and write its floor plan as SVG (default under Exports/)."
        )

        @Argument(help: "The venue file.")
        var file: String

        @Option(help: "Where to write the SVG floor plan (default: Exports/<venue id>.svg).")
        var svg: String?

        func run() async throws {
            print(try VenueCheck.show(file: file, svgPath: svg), terminator: "")
        }
    }
}
