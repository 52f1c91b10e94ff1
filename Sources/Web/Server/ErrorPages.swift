import Hummingbird
import Logging
import Planning

/// Turns a request the portal cannot answer into a page in the reader's language: not found for
/// an unknown address, plan, exhibitor or point; a refused request with why (malformed, not
/// allowed, too large, not a form...); a staff form posted after its session ended, with a link to
/// sign in again; a server error, logged with its cause, when a plan cannot be read.
struct ErrorPages: RouterMiddleware {
    /// The portal (for its pages and version).
    let portal: Portal

    /// Calls the next responder; an error becomes its page.
    func handle(
        _ request: Request, context: PortalContext, next: (Request, PortalContext) async throws -> Response
    ) async throws -> Response {
        let page = {
            (
                heading: PortalMessage, explanation: PortalMessage, status: HTTPResponse.Status,
                link: ErrorPage.Link?
            ) in
            var response = portal.pages.page(
                "error",
                ErrorPage(
                    heading: heading, explanation: explanation, language: Portal.language(of: request),
                    path: request.uri.path, link: link, version: portal.version),
                status: status
            ).response
            // A HEAD request gets the status and headers only, `Content-Length` that of GET.
            if request.method == .head { response = response.createHeadResponse() }
            return response
        }
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return page(.notFound, .notFoundExplanation, .notFound, nil)
        } catch PortalError.staleForm {
            return page(.badRequest, .error(.staleForm), .forbidden, nil)
        } catch PortalError.sessionEnded(let signIn) {
            // 401, as a refused sign-in: the request lacks a session, not the account a right.
            var response = page(
                .sessionEndedHeading, .error(.sessionEnded(signIn: signIn)), .unauthorized,
                ErrorPage.Link(
                    href: signIn, text: PortalMessage.signInAgain.text(Portal.language(of: request))))
            response.headers[.cacheControl] = "no-store"
            // A 401 carries a challenge (RFC 9110 §15.5.2): the console's form-based sign-in.
            if let site = request.uri.path.split(separator: "/").first {
                response.headers[.wwwAuthenticate] = Portal.signInChallenge(site: String(site))
            }
            return response
        } catch let error as HTTPError where error.status.code < 500 {
            var response = page(
                .badRequest, .refusedExplanation(status: error.status.code), error.status, nil)
            if error.status == .methodNotAllowed {
                response.headers[.allow] = HeadRequests<PortalContext>.allowed
            }
            return response
        } catch {
            context.logger.error("\(request.uri.path): \(error)")
            return page(.serverError, .serverError, .internalServerError, nil)
        }
    }
}
