using System.Globalization;
using System.Text.RegularExpressions;

namespace PolicyGraph.Fuzzing;

/// <summary>
/// Mutation-based generation: a seed query cut into tokens, then one to three edits — drop, repeat or swap
/// tokens, push numbers to the edges of their range, splice in a generated expression, nest a value in
/// itself, or graft a piece of another seed. Most results are invalid; the point is that none may crash.
/// </summary>
public sealed partial class QueryMutator(Random random, CypherGenerator generator, IReadOnlyList<string> seeds)
{
    private static readonly string[] Inserts =
        ["(", ")", "[", "]", "{", "}", ",", ".", "..", "|", ":", "-", "->", "<-", "*", "$p0", "null", "NOT", "WITH x", "RETURN", "UNION", "AS"];

    private static readonly string[] Extremes = ["0", "-1", "9223372036854775807", "-9223372036854775808", "100000000", "1e308", "0.0"];

    public string Next()
    {
        var tokens = Tokenize(seeds[random.Next(seeds.Count)]);
        var edits = 1 + random.Next(3);
        for (var i = 0; i < edits && tokens.Count > 0; i++) Mutate(tokens);
        return string.Join(" ", tokens);
    }

    private void Mutate(List<string> tokens)
    {
        var at = random.Next(tokens.Count);
        switch (random.Next(8))
        {
            case 0:
                tokens.RemoveAt(at);
                break;
            case 1:
                tokens.Insert(at, tokens[random.Next(tokens.Count)]);
                break;
            case 2:
                (tokens[at], tokens[random.Next(tokens.Count)]) = (tokens[random.Next(tokens.Count)], tokens[at]);
                break;
            case 3:
                tokens.Insert(at, Inserts[random.Next(Inserts.Length)]);
                break;
            case 4:
                ReplaceNumber(tokens);
                break;
            case 5:
                tokens.Insert(at, generator.NextExpression());
                break;
            case 6:
                NestInItself(tokens, at);
                break;
            default:
                var graft = Tokenize(seeds[random.Next(seeds.Count)]);
                var start = random.Next(graft.Count);
                tokens.InsertRange(at, graft.Skip(start).Take(1 + random.Next(8)));
                break;
        }
    }

    private void ReplaceNumber(List<string> tokens)
    {
        var numbers = Enumerable.Range(0, tokens.Count).Where(i => double.TryParse(tokens[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _)).ToList();
        var target = numbers.Count > 0 ? numbers[random.Next(numbers.Count)] : random.Next(tokens.Count);
        tokens[target] = Extremes[random.Next(Extremes.Length)];
    }

    // A variable rebound as a list holding itself many times over, then used where the seed used it.
    private void NestInItself(List<string> tokens, int at)
    {
        var variables = tokens.Where(t => VariableToken().IsMatch(t)).Distinct().ToList();
        if (variables.Count == 0) return;
        var name = variables[random.Next(variables.Count)];
        tokens.Insert(at, $"WITH *, reduce(acc = {name}, i IN range(1, {random.Next(40, 120)}) | [acc]) AS {name}");
    }

    private static List<string> Tokenize(string query) => [.. Token().Matches(query).Select(m => m.Value)];

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`[^`]*`|\$?\w+|->|<-|\.\.|<>|<=|>=|=~|\S")]
    private static partial Regex Token();

    [GeneratedRegex(@"^[a-z]\w*$")]
    private static partial Regex VariableToken();
}
