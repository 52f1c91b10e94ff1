import Foundation
import Hummingbird
import Logging
import Planning
import Store
import Workflow

extension Portal {
    /// `/<plan>/quan-ly/rut`: withdrawing a party, asked first. A post without confirmation (or
    /// without what the confirmation page showed) answers with that page; the confirming post
    /// withdraws only while the party's status and booths are still those the page showed, else
    /// it shows the page again with the party as it is now, saying it changed. A party already
    /// withdrawn is said to be so, and nothing is done.
    func addWithdrawalRoute(to router: Router<PortalContext>) {
        router.post("/:site/quan-ly/rut") { request, context in
            let (site, paths, desk, body, session) = try await checkedStaffPost(request, context)
            let id = String((body["don-vi"] ?? "").prefix(200))
            let page = { (party: ExhibitingParty, state: WithdrawalState, changed: Bool) in
                var response = pages.page(
                    "withdraw",
                    WithdrawPage(
                        party: party, state: state, changed: changed, paths: paths, csrf: session.csrf,
                        version: version),
                    status: changed ? .conflict : .ok
                ).response
                response.headers[.cacheControl] = "no-store"
                return response
            }
            let shown = WithdrawalState(form: body)
            if body["xac-nhan"] != "co" || shown == nil,
                let found = try desk.read({ try WithdrawalState.read(id, in: $0) })
            {
                return page(found.0, found.1, false)
            }
            // A party not in the plan: the use case says so, as for any failure.
            let changeContext = ChangeContext(user: session.name, now: now())
            var query: [(String, String)]
            do {
                let attempt = try await desk.perform { store -> WithdrawalState.Attempt in
                    if case (let party, let state)? = try WithdrawalState.read(id, in: store) {
                        if state.status == .withdrawn { return .alreadyWithdrawn(party) }
                        if state != shown { return .changed(party, state) }
                    }
                    // The store checks again inside the withdrawal's transaction: a command writing
                    // from another process between this read and the write is caught too.
                    do {
                        let withdrawal = try WithdrawRegistration(store: store).run(
                            id, expecting: shown.map { ($0.status, $0.booths) }, context: changeContext)
                        return .withdrawn(freed: withdrawal.outcome.freedBooths)
                    } catch StoreError.changedMeanwhile {
                        guard case (let party, let state)? = try WithdrawalState.read(id, in: store) else {
                            throw StoreError.notFound(.party, id: id)
                        }
                        return .changed(party, state)
                    }
                }
                switch attempt {
                case .withdrawn(let freed):
                    query = [("da", "rut"), ("gian", freed.joined(separator: ","))]
                case .alreadyWithdrawn(let party):
                    query = failureQuery(
                        StaffMessage.alreadyWithdrawn(party: party.name).text(paths.language))
                case .changed(let party, let state):
                    return page(party, state, true)
                }
            } catch let error as HTTPError {
                throw error
            } catch {
                let reason = Self.staffReason(error, in: paths.language)
                context.logger.notice("staff action on /\(site.slug) refused: \(reason)")
                query = failureQuery(reason)
            }
            return Response(
                status: .seeOther, headers: [.location: paths.console(query: signedQuery(query))])
        }
    }

    /// The booths a banner's query names (separated by commas).
    static func boothList(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { String($0) }.filter { !$0.isEmpty }
    }
}
