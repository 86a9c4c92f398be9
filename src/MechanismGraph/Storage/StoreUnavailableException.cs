namespace MechanismGraph.Storage;

/// <summary>
/// The store cannot answer right now (unreachable, refusing credentials, overloaded). Any store throws
/// this; adapters turn it into STORE_UNAVAILABLE, and the next request simply tries again.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
