namespace PolicyGraph.Embedded.Values;

/// <summary>The kinds of runtime values (their ORDER BY ranks live in <see cref="CypherOrdering"/>).</summary>
public enum CypherValueKind
{
    Map,
    Node,
    Relationship,
    List,
    Path,
    Point,
    DateTime,
    LocalDateTime,
    Date,
    Time,
    LocalTime,
    Duration,
    String,
    Boolean,
    Integer,
    Float,
    Null,
}
