import Foundation
import Interchange
import Planning
import Testing

/// Reading Timefold's conference JSON: the shipped instance, and bad input refused with the field named.
@Suite struct TimefoldConferenceReaderTests {
    /// A small document; `talk` replaces the talk's fields, `extra` adds top-level fields.
    func document(talk: String? = nil, extra: String = "", talks: String? = nil) -> String {
        let talkFields =
            talk
                ?? """
                "talkType": "TalkType#0", "speakerList": ["Speaker#0"], "audienceLevel": 1, "language": "en",
                "prerequisiteTalkSet": [], "pinnedByUser": false, "timeslot": null, "room": null
                """
        return """
            {"conferenceName": "Test", "constraintProperties": {"minimumConsecutiveTalksPauseInMinutes": 15},
             \(extra)
             "talkTypeList": [{"@id": "TalkType#0", "name": "Breakout",
               "compatibleTimeslotSet": [{"@id": "Timeslot#0", "startDateTime": [2018, 10, 1, 10, 15],
                 "endDateTime": [2018, 10, 1, 11, 0], "tagSet": ["After lunch"]}],
               "compatibleRoomSet": [{"@id": "Room#0", "name": "R 1", "capacity": 60, "tagSet": ["Recorded"]}]}],
             "timeslotList": ["Timeslot#0"], "roomList": ["Room#0"],
             "speakerList": [{"@id": "Speaker#0", "name": "Amy", "unavailableTimeslotSet": ["Timeslot#0"]}],
             "talkList": \(talks ?? "[{\"@id\": \"Talk#0\", \"code\": \"S00\", \(talkFields)}]")}
            """
    }

    func failure(_ text: String) -> InterchangeMessage? {
        do {
            _ = try TimefoldConferenceReader().read(bytes: Array(text.utf8), file: "t.json")
            return nil
        } catch {
            guard case .unreadable(let file, _, let reason) = error, file == "t.json" else { return nil }
            return reason
        }
    }

    @Test func readsASmallDocument() throws {
        let conference = try TimefoldConferenceReader().read(bytes: Array(document().utf8), file: "t.json")
        #expect(conference.name == "Test")
        #expect(conference.pauseMinutes == 15)
        #expect(conference.timeslots.count == 1 && conference.timeslots[0].minutes == 45)
        #expect(conference.timeslots[0].tags == ["After lunch"])
        #expect(conference.rooms == [TimefoldConference.Room(name: "R 1", capacity: 60, tags: ["Recorded"])])
        #expect(conference.speakers[0].unavailable == [0])
        #expect(conference.talks[0].speakers == [0] && conference.talks[0].talkType == 0)
        #expect(conference.talkTypes[0].timeslots == [0] && conference.talkTypes[0].rooms == [0])
    }

    @Test func readsTheShippedInstance() throws {
        let conference = try TimefoldConferenceReader().read(
            path: Fixtures.path("timefold/18talks-6timeslots-5rooms.json"))
        #expect(conference.talks.count == 18)
        #expect(conference.timeslots.count == 6)
        #expect(conference.rooms.count == 5)
        #expect(conference.speakers.count == 12)
        #expect(conference.pauseMinutes == 15)
        #expect(conference.talks[5].prerequisites == [2])
        let pinned = conference.talks.filter(\.pinned)
        #expect(
            pinned.count == 1 && pinned[0].code == "S10" && pinned[0].timeslot == 1 && pinned[0].room == 0)
        #expect(conference.talkTypes.map(\.name) == ["Breakout", "Lab"])
    }

    @Test func refusesWhatIsNotJSON() {
        guard case .timefoldNotJSON? = failure("{\"talkList\": [") else {
            Issue.record("not refused as JSON")
            return
        }
        #expect(failure("") == .emptyFile)
    }

    @Test func namesAMissingField() {
        #expect(failure("{\"timeslotList\": []}") == .timefoldFieldMissing(field: "roomList"))
        let noLanguage = document(talk: "\"talkType\": \"TalkType#0\", \"audienceLevel\": 1")
        #expect(failure(noLanguage) == .timefoldFieldMissing(field: "talkList[0] (Talk#0).language"))
    }

    @Test func namesAFieldOfTheWrongKind() {
        let text = document(
            talk: "\"talkType\": \"TalkType#0\", \"audienceLevel\": \"high\", \"language\": \"en\"")
        #expect(
            failure(text)
                == .timefoldFieldType(field: "talkList[0] (Talk#0).audienceLevel", expected: .integer))
        let date = document().replacingOccurrences(of: "[2018, 10, 1, 10, 15]", with: "[2018, 13, 1, 10, 15]")
        #expect(
            failure(date)
                == .timefoldFieldType(
                    field: "timeslotList[0] (Timeslot#0).startDateTime", expected: .dateTime))
    }

    @Test func namesAnUnknownReference() {
        let text = document(talk: "\"talkType\": \"TalkType#9\", \"audienceLevel\": 1, \"language\": \"en\"")
        #expect(
            failure(text)
                == .timefoldUnknownReference(field: "talkList[0] (Talk#0).talkType", reference: "TalkType#9"))
        // A room given where a timeslot is expected.
        let wrongKind = document(
            talk:
                "\"talkType\": \"TalkType#0\", \"audienceLevel\": 1, \"language\": \"en\", \"timeslot\": \"Room#0\""
        )
        #expect(
            failure(wrongKind)
                == .timefoldUnknownReference(field: "talkList[0] (Talk#0).timeslot", reference: "Room#0"))
    }

    @Test func refusesTooMuch() {
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(failure(deep) == .timefoldTooDeep(limit: TimefoldConferenceReader.depthLimit))
        let many = (0...TimefoldConferenceReader.talkLimit).map {
            "{\"@id\": \"Talk#\($0)\", \"talkType\": \"TalkType#0\", \"audienceLevel\": 1, \"language\": \"en\"}"
        }
        let text = document(talks: "[" + many.joined(separator: ",") + "]")
        #expect(
            failure(text)
                == .timefoldTooMany(
                    field: "talkList", count: TimefoldConferenceReader.talkLimit + 1,
                    limit: TimefoldConferenceReader.talkLimit))
        let level = document(
            talk: "\"talkType\": \"TalkType#0\", \"audienceLevel\": 99999999999, \"language\": \"en\"")
        #expect(
            failure(level)
                == .timefoldValueOutOfRange(
                    field: "talkList[0] (Talk#0).audienceLevel", value: 99_999_999_999, minimum: -1_000_000,
                    maximum: 1_000_000))
    }

    @Test func refusesWeightOverridesAndPinsWithoutAPlace() {
        let overrides = document(
            extra: "\"constraintWeightOverrides\": {\"Room conflict\": \"-1hard/0soft\"},")
        #expect(failure(overrides) == .timefoldUnsupported(field: "constraintWeightOverrides"))
        let pinned = document(
            talk:
                "\"talkType\": \"TalkType#0\", \"audienceLevel\": 1, \"language\": \"en\", \"pinnedByUser\": true"
        )
        #expect(failure(pinned) == .timefoldFieldMissing(field: "talkList[0] (Talk#0).timeslot"))
    }

    @Test func messagesAreWordedInBothLanguages() {
        let messages: [InterchangeMessage] = [
            .timefoldNotJSON(detail: "x"), .timefoldTooDeep(limit: 64), .timefoldFieldMissing(field: "a"),
            .timefoldFieldType(field: "a", expected: .dateTime),
            .timefoldUnknownReference(field: "a", reference: "b"),
            .timefoldDuplicateIdentifier(field: "a", identifier: "b"),
            .timefoldTooMany(field: "a", count: 2, limit: 1),
            .timefoldValueOutOfRange(field: "a", value: 2, minimum: 0, maximum: 1),
            .timefoldTextTooLong(field: "a", limit: 1), .timefoldUnsupported(field: "a"),
            .timefoldTimeslotNotAfterStart(field: "a"),
        ]
        for message in messages {
            #expect(!message.text(.vietnamese).isEmpty && !message.text(.english).isEmpty)
            #expect(message.text(.vietnamese) != message.text(.english))
        }
    }
}
