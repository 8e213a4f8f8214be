/// A benchmark case that does not run as it should (a rejected document, an execution
/// error): the run stops rather than timing a failure path.
public struct BenchFailure: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
