namespace PolicyGraph.Cypher.Lexing;

/// <summary>Words the printer back-quotes when they are used as names, so printed text always reads back the same.</summary>
public static class Keywords
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "AND", "ANY", "AS", "ASC", "ASCENDING", "BY", "CALL", "CASE", "CONSTRAINT", "CONTAINS", "COUNT",
        "CREATE", "DELETE", "DESC", "DESCENDING", "DETACH", "DISTINCT", "DROP", "ELSE", "END", "ENDS", "EXISTS",
        "FALSE", "FILTER", "FOREACH", "IN", "INDEX", "IS", "LIMIT", "MATCH", "MERGE", "NONE", "NOT", "NULL", "ON",
        "OPTIONAL", "OR", "ORDER", "REDUCE", "REMOVE", "RETURN", "SET", "SINGLE", "SKIP", "STARTS", "THEN", "TRUE",
        "UNION", "UNWIND", "WHEN", "WHERE", "WITH", "XOR", "YIELD", "EXTRACT", "SHORTESTPATH", "ALLSHORTESTPATHS",
    };

    /// <summary>Words that start or continue a clause; an unquoted one is never read as a variable in an expression.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MATCH", "OPTIONAL", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH",
        "CALL", "FOREACH", "UNION", "WHERE", "ORDER", "SKIP", "LIMIT", "AS", "AND", "OR", "XOR", "THEN", "ELSE",
        "WHEN", "YIELD",
    };

    public static bool IsReserved(string word) => Reserved.Contains(word);

    public static bool IsClauseWord(string word) => ClauseWords.Contains(word);
}
