import Planning

extension HandMadePlanReader {
    /// The session a row names among `candidates` that all share one title (titles repeat, such
    /// as «Tham luận của điểm cầu thành phần»): the first not yet taken by an earlier row, in the
    /// plan's order; nil when the candidates' titles differ or every one is taken.
    static func nextOfRepeatedTitle(_ candidates: [Session], taken: Set<Identifier<Session>>) -> Session? {
        guard Set(candidates.map { NameKey.exact($0.title) }).count == 1 else { return nil }
        return candidates.first { !taken.contains($0.id) }
    }
}
