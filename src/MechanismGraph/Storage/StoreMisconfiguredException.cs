namespace MechanismGraph.Storage;

/// <summary>
/// The store answers but is set up so it cannot do this (a user without a needed privilege): retrying will not help,
/// an administrator must change the configuration. Adapters turn it into STORE_MISCONFIGURED.
/// </summary>
public sealed class StoreMisconfiguredException(string message, Exception? inner = null) : Exception(message, inner);
