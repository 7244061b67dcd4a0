namespace PolicyGraph.Embedded.Search;

/// <summary>How a clause takes part in a query, as in Lucene's BooleanQuery.</summary>
public enum Occur
{
    Should,
    Must,
    MustNot,
}

/// <summary>
/// One clause of a full-text query: the terms of a word or a quoted phrase, optionally limited to one property.
/// A word matches when any of its terms does (a Chinese word is several bigrams); a phrase needs all its terms in a
/// row within one property.
/// </summary>
public sealed record FullTextClause(Occur Occur, string? Field, IReadOnlyList<string> Terms, bool Phrase);

/// <summary>
/// The part of Lucene's classic query syntax that Neo4j users write: words (OR by default), "quoted phrases",
/// AND / OR / NOT (also &amp;&amp;, ||, !), + and - prefixes, <c>property:word</c>. Wildcards, fuzziness and boosts
/// (<c>* ? ~ ^</c>) are dropped from a word rather than applied; parentheses only group visually.
/// </summary>
public static class FullTextQueryParser
{
    public static IReadOnlyList<FullTextClause> Parse(string query, FullTextAnalyzer analyzer, IReadOnlyCollection<string> fields)
    {
        var clauses = new List<FullTextClause>();
        var pendingMust = false;
        var pendingNot = false;
        foreach (var (text, quoted) in Tokens(query))
        {
            if (!quoted)
            {
                switch (text)
                {
                    case "AND" or "&&":
                        if (clauses.Count > 0 && clauses[^1].Occur == Occur.Should) clauses[^1] = clauses[^1] with { Occur = Occur.Must };
                        pendingMust = true;
                        continue;
                    case "OR" or "||":
                        continue;
                    case "NOT" or "!":
                        pendingNot = true;
                        continue;
                }
            }
            var word = text;
            var occur = pendingNot ? Occur.MustNot : pendingMust ? Occur.Must : Occur.Should;
            if (!quoted && word.Length > 1 && word[0] is '+' or '-')
            {
                occur = word[0] == '+' ? Occur.Must : Occur.MustNot;
                word = word[1..];
            }
            pendingMust = pendingNot = false;
            string? field = null;
            var colon = quoted ? -1 : word.IndexOf(':');
            if (colon > 0 && fields.Contains(word[..colon]))
            {
                field = word[..colon];
                word = word[(colon + 1)..].Trim('"');
            }
            var terms = analyzer.Terms(quoted ? word : Strip(word));
            if (terms.Count > 0) clauses.Add(new FullTextClause(occur, field, terms, quoted || (field is not null && text.EndsWith('"'))));
        }
        return clauses;
    }

    private static string Strip(string word) =>
        new(word.Where(c => c is not ('*' or '?' or '~' or '^' or '(' or ')' or '\\')).ToArray());

    /// <summary>Whitespace-separated words, with "quoted phrases" (and field:"phrases") kept whole.</summary>
    private static IEnumerable<(string Text, bool Quoted)> Tokens(string query)
    {
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]) || query[i] is '(' or ')')
            {
                i++;
                continue;
            }
            if (query[i] == '"')
            {
                var close = query.IndexOf('"', i + 1);
                var end = close < 0 ? query.Length : close;
                yield return (query[(i + 1)..end], true);
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]))
            {
                if (query[i] == '"')
                {
                    var close = query.IndexOf('"', i + 1);
                    i = close < 0 ? query.Length : close + 1;
                    continue;
                }
                i++;
            }
            yield return (query[start..i], false);
        }
    }
}
