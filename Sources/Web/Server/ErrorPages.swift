import Hummingbird
import Logging
import Planning

/// Turns a request the portal cannot answer into a page in the reader's language: not found for
/// an unknown address, plan, exhibitor or point; a refused request with why (malformed, not
/// allowed, too large...); a server error, logged with its cause, when a plan cannot be read.
struct ErrorPages: RouterMiddleware {
    /// The portal (for its pages and version).
    let portal: Portal

    /// Calls the next responder; an error becomes its page.
    func handle(
        _ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response
    ) async throws -> Response {
        let page = { (heading: PortalMessage, explanation: PortalMessage, status: HTTPResponse.Status) in
            var response = portal.pages.page(
                "error",
                ErrorPage(
                    heading: heading, explanation: explanation, language: Portal.language(of: request),
                    path: request.uri.path, version: portal.version),
                status: status
            ).response
            // A HEAD request gets the status and headers only, `Content-Length` that of GET.
            if request.method == .head { response = response.createHeadResponse() }
            return response
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return page(.notFound, .notFoundExplanation, .notFound)
        } catch PortalError.staleForm {
            return page(.badRequest, .error(.staleForm), .forbidden)
        } catch let error as HTTPError where error.status.code < 500 {
            var response = page(.badRequest, .refusedExplanation(status: error.status.code), error.status)
            if error.status == .methodNotAllowed {
                response.headers[.allow] = HeadRequests<PortalContext>.allowed
            }
            return response
        } catch {
            context.logger.error("\(request.uri.path): \(error)")
            return page(.serverError, .serverError, .internalServerError)
        }
    }
}
