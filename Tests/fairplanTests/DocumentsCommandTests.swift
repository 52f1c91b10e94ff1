import Foundation
import Interchange
import Planning
import Store
import TestSupport
import Testing

/// `fairplan documents …`: each kind of paper from the samples, Vietnamese help by default,
/// English on request, options that do not fit refused.
@Suite("fairplan documents")
struct DocumentsCommandTests {
    @Test("each kind of paper is written from the samples", .requires(.unzip))
    func everyKind() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        for (kind, sample) in [
            ("lists", "fair"), ("invitations", "briefing"), ("exhibitor-letters", "fair"),
            ("badges", "briefing"),
        ] {
            let out = try cli.succeed("documents", kind, "--sample", sample, "--out", cli.path("\(kind).odt"))
            #expect(out.contains(cli.path("\(kind).odt")))
            let mimetype = try ExternalTool.unzip.run(["-p", cli.path("\(kind).odt"), "mimetype"])
            #expect(
                String(decoding: mimetype.standardOutput, as: UTF8.self)
                    == "application/vnd.oasis.opendocument.text")
        }
        let written = try cli.succeed(
            "documents", "lists", "--sample", "fair", "--list", "products", "--number", "12/DS-LMHTX")
        let path = try #require(
            written.split(separator: " ").last.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
        #expect(path.contains("/Exports/") && path.hasSuffix("-lists.odt"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("help is Vietnamese by default and English with --lang en; a misplaced option is refused")
    func helpAndRefusal() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        let vietnamese = try cli.run("documents", "--help")
        #expect(vietnamese.output.contains("Giấy tờ là văn bản OpenDocument"))
        let english = try cli.run("documents", "invitations", "--help", "--lang", "en")
        #expect(english.output.contains("Invitation letters, one page per delegate."))
        let refused = try cli.run("documents", "invitations", "--sample", "briefing", "--party", "x")
        #expect(refused.status != 0)
        #expect(refused.error.contains("--party"))
        let fascia = try cli.run(
            "documents", "fascia", "--sample", "fair", "--lang", "en", "--out", cli.path("f.odt"))
        #expect(fascia.status == 0 && fascia.error.contains("No booth is assigned yet"))
        #expect(!FileManager.default.fileExists(atPath: cli.path("f.odt")))
    }

    @Test("invitations and badges for one organisation hold its delegates only", .requires(.unzip))
    func oneOrganisation() throws {
        let cli = try FairPlanProcess.temporary()
        defer { cli.remove() }
        var plan = SamplePlan.briefing.plan
        let organisation = Organisation(
            id: "tc-htx-thu", name: "Hợp tác xã Thử", kind: .cooperative, sector: .agricultural,
            registrationCode: nil, province: ProvinceReference("Lào Cai"))
        plan.organisations.append(organisation)
        let attending = Set(plan.attendances.map(\.person))
        let chosen = Array(plan.people.indices.filter { attending.contains(plan.people[$0].id) }.prefix(2))
        #expect(chosen.count == 2)
        for index in chosen { plan.people[index].organisation = organisation.id }
        try PlanStore.create(at: cli.path("hoi-nghi.fairplan"), plan: plan).close()
        let own = plan.people.filter { $0.organisation == organisation.id }
        let others = plan.people.filter { $0.organisation != organisation.id && attending.contains($0.id) }
        #expect(!others.isEmpty)
        // Other delegates may be named in the letters as chairs of sessions or points; their own
        // letter or badge is what must go, so they are named fewer times than for everyone.
        func text(_ kind: String, organisation: String?) throws -> String {
            let out = cli.path("\(kind)-\(organisation ?? "tat-ca").odt")
            let result = try cli.run(
                ["documents", kind, "--plan", cli.path("hoi-nghi.fairplan"), "--out", out]
                    + (organisation.map { ["--organisation", $0] } ?? []))
            #expect(result.status == 0, "\(result.text)")
            let content = try ExternalTool.unzip.run(["-p", out, "content.xml"])
            return String(decoding: content.standardOutput, as: UTF8.self)
        }
        func count(_ name: String, in text: String) -> Int { text.components(separatedBy: name).count - 1 }
        for kind in ["invitations", "badges"] {
            let filtered = try text(kind, organisation: organisation.id.rawValue)
            let everyone = try text(kind, organisation: nil)
            for person in own {
                #expect(count(person.name.fullName, in: filtered) > 0, "\(kind): \(person.name.fullName)")
            }
            for person in others {
                let name = person.name.fullName
                #expect(count(name, in: filtered) < count(name, in: everyone), "\(kind): \(name)")
            }
        }
        let refused = try cli.run("documents", "fascia", "--sample", "fair", "--organisation", "x")
        #expect(refused.status != 0)
    }
}
