/// An error from another store module that words itself (in Vietnamese, from `Msg`), so
/// `TaskErrorWording` can show it without knowing the module.
public protocol WordedTaskError: Error {
    /// The sentence for the person.
    var wording: String { get }
}
