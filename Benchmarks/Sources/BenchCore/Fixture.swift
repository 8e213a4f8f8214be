/// Engine-neutral in-memory data: what the resolvers of both engines read. Our engine
/// reads it from JSON (`data.json`) and hands it over in this form; each engine then gets
/// it in its own native shape before timing starts.
public indirect enum Fixture: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([Fixture])
    case object([(String, Fixture)])
}
