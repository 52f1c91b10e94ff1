extension QRMatrix {
    /// The penalty score of the symbol (ISO/IEC 18004 §7.8.3, table 11); the mask with the lowest
    /// score is chosen.
    ///
    /// N1: 3 + (length − 5) for each run of five or more modules of one colour in a row or column;
    /// N2: 3 for each 2 × 2 block of one colour; N3: 40 for each 1:1:3:1:1 finder-like pattern
    /// with four light modules on one side (the area outside the symbol counts as light);
    /// N4: 10 for every full 5 % the proportion of dark modules departs from 50 %.
    var penalty: Int {
        var score = 0
        var line = [Bool](repeating: false, count: size)
        for index in 0..<size {
            for other in 0..<size { line[other] = modules[index * size + other] }
            score += Self.linePenalty(line)
            for other in 0..<size { line[other] = modules[other * size + index] }
            score += Self.linePenalty(line)
        }
        for row in 0..<(size - 1) {
            for column in 0..<(size - 1) {
                let top = row * size + column
                let colour = modules[top]
                if colour == modules[top + 1] && colour == modules[top + size]
                    && colour == modules[top + size + 1]
                {
                    score += 3
                }
            }
        }
        var dark = 0
        for module in modules where module { dark += 1 }
        let total = size * size
        let steps = (abs(dark * 20 - total * 10) + total - 1) / total - 1
        score += max(0, steps) * 10
        return score
    }

    /// Rules N1 and N3 along one row or column.
    private static func linePenalty(_ line: [Bool]) -> Int {
        let count = line.count
        var score = 0
        var run = 1
        for index in 1..<count {
            if line[index] == line[index - 1] {
                run += 1
            } else {
                if run >= 5 { score += run - 2 }
                run = 1
            }
        }
        if run >= 5 { score += run - 2 }
        func light(_ index: Int) -> Bool { index < 0 || index >= count || !line[index] }
        for start in 0...(count - 7) {
            guard line[start], !line[start + 1], line[start + 2], line[start + 3], line[start + 4],
                !line[start + 5], line[start + 6]
            else { continue }
            if light(start - 1) && light(start - 2) && light(start - 3) && light(start - 4) { score += 40 }
            if light(start + 7) && light(start + 8) && light(start + 9) && light(start + 10) { score += 40 }
        }
        return score
    }
}
