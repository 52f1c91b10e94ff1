/// The texts a registration check named organisations and products by, as it resolved them: a
/// plan read in part must hold every entity they could name (``RegistrationReport/focus``).
final class ReferenceLog {
    /// Texts resolved among the organisations (a lost leading zero of a code restored).
    var organisations: Set<String> = []
    /// Texts resolved among the products.
    var products: Set<String> = []
}
