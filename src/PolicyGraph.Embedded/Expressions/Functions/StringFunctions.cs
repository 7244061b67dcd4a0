using System.Globalization;
using System.Text;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Expressions.Functions;

/// <summary>String functions: left, right, substring, trim family, toUpper, toLower, replace, split, reverse.</summary>
internal static class StringFunctions
{
    /// <summary>Characters converted between two checks of the timeout: well under a millisecond of work.</summary>
    private const int CaseChunk = 1 << 16;

    public static void Register(FunctionRegistry registry)
    {
        registry.Add("left", 2, static (a, _) => Left(a[0], a[1]));
        registry.Add("right", 2, static (a, _) => Right(a[0], a[1]));
        registry.Add("substring", 2, 3, static (a, _) => Substring(a));
        registry.Add("trim", 1, static (a, _) => Text("trim", a[0], static s => s.Trim()));
        registry.Add("ltrim", 1, 2, static (a, _) => Trim("ltrim", a, static (s, c) => c is null ? s.TrimStart() : s.TrimStart(c)));
        registry.Add("rtrim", 1, 2, static (a, _) => Trim("rtrim", a, static (s, c) => c is null ? s.TrimEnd() : s.TrimEnd(c)));
        registry.Add("btrim", 1, 2, static (a, _) => Trim("btrim", a, static (s, c) => c is null ? s.Trim() : s.Trim(c)));
        registry.Add("normalize", 1, 2, static (a, _) => Normalize(a));
        registry.Add("toUpper", 1, static (a, c) => CaseText("toUpper", a[0], upper: true, c.Budget));
        registry.Add("toLower", 1, static (a, c) => CaseText("toLower", a[0], upper: false, c.Budget));
        registry.Add("upper", 1, static (a, c) => CaseText("upper", a[0], upper: true, c.Budget));
        registry.Add("lower", 1, static (a, c) => CaseText("lower", a[0], upper: false, c.Budget));
        registry.Add("char_length", 1, static (a, _) => CharLength("char_length", a[0]));
        registry.Add("character_length", 1, static (a, _) => CharLength("character_length", a[0]));
        registry.Add("replace", 3, static (a, c) => Replace(a, c.Budget));
        registry.Add("split", 2, static (a, c) => Split(a[0], a[1], c.Budget));
    }

    /// <summary>
    /// Reverses by characters with their combining marks (and surrogate pairs) kept in order, polling the budget:
    /// a string can be hundreds of megabytes long.
    /// </summary>
    public static string ReverseText(string text, QueryBudget budget)
    {
        var builder = new StringBuilder(text.Length);
        var end = text.Length;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            budget.Poll();
            if (i > 0 && ContinuesCharacter(text, i)) continue;
            builder.Append(text, i, end - i);
            end = i;
        }
        return builder.ToString();
    }

    private static bool ContinuesCharacter(string text, int index) =>
        char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1])
        || CharUnicodeInfo.GetUnicodeCategory(text, index) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;

    private static object? Text(string function, object? value, Func<string, string> transform) =>
        value is null ? null : transform(FunctionArguments.String(function, value));

    /// <summary>Invariant upper or lower case (one character for one), converted in chunks with the timeout checked between them.</summary>
    private static object? CaseText(string function, object? value, bool upper, QueryBudget budget)
    {
        if (value is null) return null;
        var text = FunctionArguments.String(function, value);
        if (text.Length <= CaseChunk) return upper ? text.ToUpperInvariant() : text.ToLowerInvariant();
        return string.Create(text.Length, (text, upper, budget), static (target, state) =>
        {
            for (var start = 0; start < target.Length;)
            {
                var end = Math.Min(start + CaseChunk, target.Length);
                if (end < target.Length && char.IsHighSurrogate(state.text[end - 1])) end--;
                var source = state.text.AsSpan(start, end - start);
                var written = state.upper ? source.ToUpperInvariant(target[start..end]) : source.ToLowerInvariant(target[start..end]);
                if (written != source.Length) throw new InvalidOperationException("Invariant case mapping changed the length of a string.");
                state.budget.CheckTime();
                start = end;
            }
        });
    }

    private static object? CharLength(string function, object? value) =>
        value is null ? null : (long)FunctionArguments.String(function, value).Length;

    /// <summary>ltrim / rtrim / btrim: whitespace, or with a second argument each of its characters.</summary>
    private static object? Trim(string function, object?[] arguments, Func<string, char[]?, string> trim)
    {
        if (FunctionArguments.AnyNull(arguments)) return null;
        var text = FunctionArguments.String(function, arguments[0]);
        return trim(text, arguments.Length == 1 ? null : FunctionArguments.String(function, arguments[1]).ToCharArray());
    }

    /// <summary>normalize(s[, form]): Unicode normalisation, NFC unless NFD, NFKC or NFKD is named.</summary>
    private static object? Normalize(object?[] arguments)
    {
        if (FunctionArguments.AnyNull(arguments)) return null;
        var text = FunctionArguments.String("normalize", arguments[0]);
        var form = arguments.Length == 1 ? "NFC" : FunctionArguments.String("normalize", arguments[1]);
        return Normalize(text, form);
    }

    /// <summary>The text in one of the four Unicode normal forms, named NFC, NFD, NFKC or NFKD.</summary>
    public static string Normalize(string text, string form) => form.ToUpperInvariant() switch
    {
        "NFC" => text.Normalize(NormalizationForm.FormC),
        "NFD" => text.Normalize(NormalizationForm.FormD),
        "NFKC" => text.Normalize(NormalizationForm.FormKC),
        "NFKD" => text.Normalize(NormalizationForm.FormKD),
        _ => throw CypherErrors.ArgumentError("InvalidArgumentValue", $"normalize() knows the forms NFC, NFD, NFKC and NFKD, not '{form}'."),
    };

    private static object? Left(object? value, object? length)
    {
        if (value is null) return null;
        var text = FunctionArguments.String("left", value);
        var count = NonNegativeLength("left", length);
        return count >= text.Length ? text : text[..(int)count];
    }

    private static object? Right(object? value, object? length)
    {
        if (value is null) return null;
        var text = FunctionArguments.String("right", value);
        var count = NonNegativeLength("right", length);
        return count >= text.Length ? text : text[(text.Length - (int)count)..];
    }

    private static object? Substring(object?[] arguments)
    {
        if (arguments[0] is null) return null;
        var text = FunctionArguments.String("substring", arguments[0]);
        var start = NonNegativeLength("substring", arguments[1]);
        if (start >= text.Length) return "";
        var available = text.Length - (int)start;
        var length = arguments.Length > 2 ? NonNegativeLength("substring", arguments[2]) : available;
        return text.Substring((int)start, (int)Math.Min(length, available));
    }

    private static long NonNegativeLength(string function, object? value)
    {
        if (value is null) throw CypherErrors.InvalidArgumentValue(function, value);
        var number = FunctionArguments.Integer(function, value);
        return number < 0
            ? throw CypherErrors.NumberOutOfRange($"{function}() needs a non-negative length or index, not {number}.")
            : number;
    }

    private static object? Replace(object?[] arguments, QueryBudget budget)
    {
        if (FunctionArguments.AnyNull(arguments)) return null;
        var text = FunctionArguments.String("replace", arguments[0]);
        var search = FunctionArguments.String("replace", arguments[1]);
        var replacement = FunctionArguments.String("replace", arguments[2]);
        if (replacement.Length > search.Length)
            budget.EnsureString(text.Length + Occurrences(text, search, budget) * (long)(replacement.Length - search.Length));
        return search.Length == 0 ? InsertBetweenCharacters(text, replacement, budget) : text.Replace(search, replacement, StringComparison.Ordinal);
    }

    // Java's String.replace("", x) inserts x before every character and at the end; Cypher inherits that.
    private static string InsertBetweenCharacters(string text, string insert, QueryBudget budget)
    {
        var builder = new StringBuilder(text.Length + insert.Length * (text.Length + 1));
        foreach (var character in text)
        {
            budget.Poll();
            builder.Append(insert).Append(character);
        }
        return builder.Append(insert).ToString();
    }

    /// <summary>How many times <paramref name="search"/> occurs without overlap; an empty one occurs around every character.</summary>
    private static long Occurrences(string text, string search, QueryBudget budget)
    {
        if (search.Length == 0) return text.Length + 1L;
        var count = 0L;
        for (var at = text.IndexOf(search, StringComparison.Ordinal); at >= 0; at = text.IndexOf(search, at + search.Length, StringComparison.Ordinal))
        {
            budget.Poll();
            count++;
        }
        return count;
    }

    private static object? Split(object? value, object? separator, QueryBudget budget)
    {
        if (value is null || separator is null) return null;
        var text = FunctionArguments.String("split", value);
        var delimiter = FunctionArguments.String("split", separator);
        var pieces = delimiter.Length == 0 ? text.Length : Occurrences(text, delimiter, budget) + 1;
        budget.EnsureList(pieces);
        budget.ReserveStrings(pieces, text.Length);
        var result = new object?[(int)pieces];
        var start = 0;
        for (var i = 0; i < result.Length; i++)
        {
            budget.Poll();
            if (delimiter.Length == 0)
            {
                result[i] = text[i].ToString();
                continue;
            }
            // Piece by piece (not string.Split, which builds every piece before anything can poll).
            var end = i == result.Length - 1 ? text.Length : text.IndexOf(delimiter, start, StringComparison.Ordinal);
            result[i] = text[start..end];
            start = end + delimiter.Length;
        }
        return result;
    }
}
