using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Word's automatic numbering rendered as text: each w:num keeps counters per level; numbering a level counts it up,
/// restarts the deeper levels, and writes the level's lvlText with %1…%9 replaced by the counters of those levels in
/// their own formats (so "（%1）" with chineseCounting gives （一）, （二）…).
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, (int AbstractId, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<int, int[]> _counters = [];

    public DocxNumbering(NumberingDefinitionsPart? part)
    {
        if (part?.Numbering is not { } numbering) return;
        foreach (var abstractNum in numbering.Elements<AbstractNum>())
        {
            if (abstractNum.AbstractNumberId?.Value is { } id) _abstracts[id] = abstractNum;
        }
        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId) continue;
            // A level may be overridden twice in a damaged or hand-made file: the last one wins, as in Word.
            var overrides = new Dictionary<int, int>();
            foreach (var o in instance.Elements<LevelOverride>())
            {
                if (o.LevelIndex?.Value is { } levelIndex && o.StartOverrideNumberingValue?.Val?.Value is { } start)
                    overrides[levelIndex] = start;
            }
            _instances[numId] = (abstractId, overrides);
        }
    }

    /// <summary>The label of the next paragraph numbered (numId, level), with its separator; null when it shows none.</summary>
    public string? Next(int numId, int level)
    {
        if (numId == 0 || level is < 0 or >= Levels || !_instances.TryGetValue(numId, out var instance)) return null;
        if (!_abstracts.TryGetValue(instance.AbstractId, out var abstractNum)) return null;
        var counters = _counters.TryGetValue(numId, out var known) ? known : _counters[numId] = new int[Levels];
        counters[level] = counters[level] == 0 ? StartOf(abstractNum, instance.StartOverrides, level) : counters[level] + 1;
        for (var deeper = level + 1; deeper < Levels; deeper++) counters[deeper] = 0;
        var definition = LevelOf(abstractNum, level);
        if (definition?.LevelText?.Val?.Value is not { } pattern) return null;
        var label = Substitute(pattern, abstractNum, instance.StartOverrides, counters);
        return label.Length == 0 ? null : label + Separator(label, definition);
    }

    private static string Substitute(string pattern, AbstractNum abstractNum, Dictionary<int, int> overrides, int[] counters)
    {
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[++i] - '1';
                var value = counters[referenced] == 0 ? StartOf(abstractNum, overrides, referenced) : counters[referenced];
                text.Append(NumberFormats.Format(value, LevelOf(abstractNum, referenced)?.NumberingFormat?.Val?.InnerText));
            }
            else
            {
                text.Append(pattern[i]);
            }
        }
        return text.ToString();
    }

    /// <summary>Word puts a tab or space after the label; shown as one space after a Latin label, none after 、 or ）.</summary>
    private static string Separator(string label, Level definition)
    {
        var suffix = definition.LevelSuffix?.Val?.InnerText;
        return suffix == "nothing" || TextJoin.IsCjk(label[^1]) ? "" : " ";
    }

    private static int StartOf(AbstractNum abstractNum, Dictionary<int, int> overrides, int level) =>
        overrides.TryGetValue(level, out var start) ? start : LevelOf(abstractNum, level)?.StartNumberingValue?.Val?.Value ?? 1;

    private static Level? LevelOf(AbstractNum abstractNum, int level) =>
        abstractNum.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level);
}
