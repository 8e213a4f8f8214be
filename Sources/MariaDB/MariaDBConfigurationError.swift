/// A database URL or configuration value that cannot be used; the message says which part.
public struct MariaDBConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, naming the offending URL component or parameter.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "invalid MariaDB configuration: \(message)" }
}
