/// Helpers shared by FairPlan's test targets: a manual clock, golden files that fail when
/// missing, and traits for checks that need an outside tool.
public enum TestSupport {}
