namespace MechanismGraph.Storage.Neo4j.Http;

/// <summary>
/// A value typed JSON carries as text: temporal types (Date, Time, LocalTime, LocalDateTime,
/// OffsetDateTime, ZonedDateTime), Duration and Point. Kept as Neo4j's text so nothing
/// (nanoseconds, zone ids, months in a duration) is lost; it can also be sent back as a parameter.
/// </summary>
/// <param name="Type">The typed JSON <c>$type</c>, e.g. <c>Date</c>.</param>
/// <param name="Text">The <c>_value</c>, e.g. <c>2015-03-26</c> or <c>SRID=4326;POINT (1.2 3.4)</c>.</param>
internal sealed record Neo4jTextValue(string Type, string Text)
{
    /// <summary>The <c>$type</c> names carried as text.</summary>
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "Date", "Time", "LocalTime", "LocalDateTime", "OffsetDateTime", "ZonedDateTime", "Duration", "Point",
    };
}
