/// The nurse's sign-in: the name typed, the secret as its length (the screen shows stars), and why the last try was
/// refused, in words.
package struct SignInView: Sendable, Equatable {
    package var name: String
    package var secretLength: Int
    package var onSecret: Bool
    package var refusal: String?
}
