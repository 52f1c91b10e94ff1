/// The protocol order of a position on leadership lists (thứ tự lễ tân).
///
/// Lists for leaders go in protocol order: the highest office first. The rank is derived from the
/// position's wording and can be set by hand on a person when the heuristic is wrong.
public enum ProtocolRank {
    /// Position keywords in protocol order, most senior first; matched on the search key.
    static let ladder: [[String]] = [
        ["bi thu", "chu tich nuoc", "thu tuong"],
        ["pho thu tuong", "bo truong", "chu tich ubnd", "chu tich hdnd"],
        [
            "thu truong", "pho chu tich ubnd", "pho chu tich hdnd", "chu tich lien minh htx viet nam",
            "chu tich lien minh hop tac xa viet nam",
        ],
        ["chu tich lien minh", "chu tich"],
        ["pho chu tich thuong truc", "pho chu tich"],
        ["vu truong", "truong ban", "giam doc so", "chanh van phong"],
        ["pho vu truong", "pho truong ban", "pho giam doc so", "pho chanh van phong"],
        ["giam doc", "truong phong"],
        ["pho giam doc", "pho truong phong"],
        ["chuyen vien", "can bo", "ky thuat"],
    ]

    /// The rank of a position: 0 is the most senior; unknown positions come last.
    public static func rank(ofPosition position: String?) -> Int {
        guard let position else { return ladder.count }
        let key = VietnameseText.searchKey(position)
        for (index, words) in ladder.enumerated() where words.contains(where: { key.hasPrefix($0) }) {
            return index
        }
        return ladder.count
    }
}
