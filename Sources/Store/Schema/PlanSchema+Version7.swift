extension PlanSchema {
    /// Version 7: the timeslot grid (issue 13). The event gains its timeslots and the least pause
    /// between a person's sessions, a session its grid profile (themes, sectors, audiences, level,
    /// content, language, room tags, exclusive tags, crowd risk), a person their schedule (spans
    /// away, timeslot and room tag wishes). Existing rows keep an empty grid.
    static let version7 = Migration(
        version: 7,
        summary: "the timeslot grid: timeslots and pause, session profiles, people's schedules",
        statements: [
            "ALTER TABLE event ADD COLUMN timeslots_json TEXT NOT NULL DEFAULT '[]'",
            "ALTER TABLE event ADD COLUMN pause_minutes INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE session ADD COLUMN profile_json TEXT",
            "ALTER TABLE person ADD COLUMN schedule_json TEXT",
        ],
        then: JournalTriggers.install)
}
