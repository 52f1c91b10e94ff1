import Planning

/// Synthetic, realistic timetabling instances for tests and the benchmark (pure and seeded).
///
/// The generator first builds a reference timetable, then derives an instance that timetable
/// satisfies, so every instance is feasible: an opening (fixed, first) and a closing (fixed,
/// last) in the main hall linked to every connection point, a morning plenary each day linked to
/// the points available that day, parallel tracks in their home rooms (some linked to one to
/// three points from video rooms), chairs and speakers with fictitious Vietnamese names never in
/// two sessions at once, some fixed times and windows around the reference start, `after` rules
/// inside tracks, points available on some days only, people available only on the days they
/// speak, and some people preferring mornings (soft, not always satisfiable).
public enum TimetableInstanceGenerator {
    /// A feasible instance of the given scale.
    public static func make(scale: TimetableScale, seed: UInt64) -> TimetableProblem {
        makeWithReference(scale: scale, seed: seed).problem
    }

    /// A feasible instance and the reference programme it was derived from (which satisfies
    /// every hard rule of the instance).
    public static func makeWithReference(scale: TimetableScale, seed: UInt64)
        -> (problem: TimetableProblem, reference: [SessionPlacement])
    {
        var builder = TimetableInstanceBuilder(scale: scale, seed: seed)
        builder.build()
        return (builder.problem(), builder.reference)
    }
}
