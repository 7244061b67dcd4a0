using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher.Parsing;

namespace PolicyGraph.Neo4j;

/// <summary>
/// Decides before sending whether a query may write, so read-only callers are refused without a round trip
/// and read queries go out in READ access mode. The shared Cypher front end decides when it can parse the
/// query; for Neo4j-only syntax it cannot parse, a keyword scan that skips strings, comments, backticked names,
/// property keys, labels and parameters decides instead (and locates the clause for error messages).
/// Both err towards "updating": procedure calls count as writes unless known to be read-only.
/// The server enforces the access mode as well, so a miss here is still refused by Neo4j.
/// </summary>
public static class QueryInspector
{
    private static readonly HashSet<string> UpdatingKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "ALTER", "RENAME", "GRANT", "DENY", "REVOKE",
        // LOAD CSV writes nothing, but it makes the server fetch files and URLs: not for read-only (untrusted) callers.
        LoadKeyword,
    };

    /// <summary>The keyword of LOAD CSV, which <see cref="FindUpdatingClause"/> reports like a writing clause.</summary>
    public const string LoadKeyword = "LOAD";

    public static bool IsUpdating(string cypher)
    {
        Query parsed;
        try
        {
            parsed = Parser.Parse(cypher);
        }
        catch (CypherException)
        {
            // Not an error here: Neo4j accepts syntax our front end does not know; the scan decides.
            return FindUpdatingClause(cypher) is not null;
        }
        return QueryInspection.IsUpdating(parsed);
    }

    /// <summary>
    /// By keyword scan: the first clause that may write (its keyword, 1-based line and column), or null.
    /// </summary>
    public static (string Keyword, int Line, int Column)? FindUpdatingClause(string cypher)
    {
        var words = CypherWords.Scan(cypher);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!word.IsKeywordPosition) continue;
            var isCall = word.Text.Equals("CALL", StringComparison.OrdinalIgnoreCase);
            if (UpdatingKeywords.Contains(word.Text) || (isCall && CallsWritingProcedure(words, i)))
                return (word.Text.ToUpperInvariant(), word.Line, word.Column);
        }
        return null;
    }

    // CALL { ... } is a subquery (its clauses are scanned anyway); CALL name.space.proc is a procedure.
    private static bool CallsWritingProcedure(IReadOnlyList<CypherWord> words, int callIndex)
    {
        if (callIndex + 1 >= words.Count || words[callIndex].NextChar == '{') return false;
        var name = words[callIndex + 1].Text;
        for (var i = callIndex + 2; i < words.Count && words[i - 1].NextChar == '.'; i++) name += "." + words[i].Text;
        return !ProcedureCatalog.IsReadOnly(name);
    }
}
