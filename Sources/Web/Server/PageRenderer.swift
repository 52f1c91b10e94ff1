import Foundation
import Hummingbird
import Mustache

/// Renders the portal's pages from the Mustache templates shipped in the module's resources;
/// every value is HTML-escaped (`{{ }}` only: the templates use no unescaped tags).
struct PageRenderer: Sendable {
    /// The templates, by name.
    let library: MustacheLibrary

    /// Loads the templates.
    init() throws(PortalError) {
        guard let folder = Bundle.module.resourcePath.map({ $0 + "/Templates" }) else {
            throw PortalError.templates(reason: "Bundle.module")
        }
        var templates: [String: MustacheTemplate] = [:]
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
                $0.hasSuffix(".mustache")
            }
        } catch {
            throw PortalError.templates(reason: folder)
        }
        for name in names {
            do {
                let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                templates[String(name.dropLast(".mustache".count))] = try MustacheTemplate(string: text)
            } catch {
                throw PortalError.templates(reason: "\(name): \(error)")
            }
        }
        library = MustacheLibrary(templates: templates)
    }

    /// The HTML of `model` through the template `name`, with `status`.
    func page(_ name: String, _ model: Any, status: HTTPResponse.Status = .ok) -> RenderedPage {
        let html = library.render(model, withTemplate: name) ?? ""
        return RenderedPage(
            status: html.isEmpty ? .internalServerError : status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache"],
            body: ByteBuffer(string: html))
    }

    /// The contents of a static asset shipped with the portal (`portal.css`), or nil.
    static func asset(_ name: String) -> [UInt8]? {
        guard let folder = Bundle.module.resourcePath.map({ $0 + "/Assets/" }) else { return nil }
        return FileManager.default.contents(atPath: folder + name).map { [UInt8]($0) }
    }
}
