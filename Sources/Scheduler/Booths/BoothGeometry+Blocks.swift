import Planning

extension BoothGeometry {
    /// The shape of a block of booths joined by shared walls: a straight run when its booths
    /// follow each other on one line, else compact or other by how well it fills its bounding
    /// rectangle (see ``BlockShape``).
    func shape(of block: [Int]) -> BlockShape {
        guard block.count > 1 else { return .straight }
        for places in [row, column] {
            let line = places[block[0]].line
            var low = places[block[0]].place
            var high = low
            var same = true
            for b in block {
                if places[b].line != line {
                    same = false
                    break
                }
                low = min(low, places[b].place)
                high = max(high, places[b].place)
            }
            if same && high - low == block.count - 1 { return .straight }
        }
        return BlockShape.bent(block.map { booths[$0].rect })
    }

    /// Every straight run of `length` booths all accepted by `allowed`, each listed once (sorted).
    func straightRuns(length: Int, allowed: (Int) -> Bool) -> [[Int]] {
        var result: [[Int]] = []
        var seen: Set<[Int]> = []
        for line in lines where line.count >= length {
            var start = 0
            while start + length <= line.count {
                let window = Array(line[start..<(start + length)])
                if let bad = window.lastIndex(where: { !allowed($0) }) {
                    start += bad + 1
                    continue
                }
                let key = window.sorted()
                if seen.insert(key).inserted { result.append(key) }
                start += 1
            }
        }
        return result
    }

    /// Every compact block of `size` allowed booths that is not straight, each listed once
    /// (sorted): a run on one line and a run on a parallel line it shares walls with, of lengths
    /// differing by at most one, together filling their bounding rectangle but for at most one
    /// corner booth (2 × n rectangles, and 2 × n ones less a corner booth for odd sizes).
    func compactBlocks(size: Int, allowed: (Int) -> Bool) -> [[Int]] {
        guard size >= 3 else { return [] }
        var result: [[Int]] = []
        var seen: Set<[Int]> = []
        var pairs: [(Int, Int)] = []
        var paired: Set<[Int]> = []
        for (number, line) in lines.enumerated() {
            let places = row[line[0]].line == number ? row : column
            for b in line {
                for n in walls[b] where places[n].line != number {
                    if paired.insert([number, places[n].line]).inserted {
                        pairs.append((number, places[n].line))
                    }
                }
            }
        }
        func runs(_ line: [Int], _ length: Int) -> [[Int]] {
            guard length <= line.count else { return [] }
            return (0...(line.count - length)).compactMap { start in
                let window = Array(line[start..<(start + length)])
                return window.allSatisfy(allowed) ? window : nil
            }
        }
        for (first, second) in pairs {
            let long = (size + 1) / 2
            for a in runs(lines[first], long) {
                for b in runs(lines[second], size - long) {
                    let block = (a + b).sorted()
                    guard a.contains(where: { x in walls[x].contains { b.contains($0) } }),
                        shape(of: block) == .compact, seen.insert(block).inserted
                    else { continue }
                    result.append(block)
                }
            }
        }
        return result
    }

    /// Visits every block of `size` allowed booths joined by shared walls, each once (sorted), by
    /// Wernicke's ESU enumeration of connected sets, until `visit` returns false.
    func forEachConnectedBlock(size: Int, allowed: (Int) -> Bool, visit: ([Int]) -> Bool) {
        var going = true
        func extend(_ block: [Int], _ frontier: [Int], root: Int) {
            guard going else { return }
            if block.count == size {
                going = visit(block.sorted())
                return
            }
            var pending = frontier
            while going, let next = pending.popLast() {
                let grown = block + [next]
                var further = pending
                for candidate in walls[next] where candidate > root && allowed(candidate) {
                    let known =
                        grown.contains(candidate) || further.contains(candidate)
                        || block.contains { walls[$0].contains(candidate) }
                    if !known { further.append(candidate) }
                }
                extend(grown, further, root: root)
            }
        }
        for root in booths.indices where going && allowed(root) {
            extend([root], walls[root].filter { $0 > root && allowed($0) }, root: root)
        }
    }
}
