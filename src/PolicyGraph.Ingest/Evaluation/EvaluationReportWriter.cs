using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as a readable table or as JSON.</summary>
public static class EvaluationReportWriter
{
    public static void WriteText(TextWriter output, EvaluationReport report)
    {
        output.WriteLine("overall");
        WriteFields(output, report.Overall);
        foreach (var format in report.Formats)
        {
            output.WriteLine($"format {format.Name}: {format.Documents} documents, {format.DocumentsLoaded} loaded");
            WriteFields(output, format.Fields);
        }
        output.WriteLine("per document (F1; - where neither side has a value)");
        output.WriteLine("  " + string.Join(" ", EvaluationFields.All.Select(f => $"{Short(f),6}")) + "  document");
        foreach (var doc in report.Documents)
        {
            var cells = EvaluationFields.All.Select(f => doc.Fields[f].HasData ? doc.Fields[f].F1.ToString("F3", CultureInfo.InvariantCulture) : "-");
            var state = doc.Loaded ? $"{doc.ExtractedItems}/{doc.GoldItems} items" : "NOT LOADED";
            output.WriteLine("  " + string.Join(" ", cells.Select(c => $"{c,6}")) + $"  {doc.File} ({state})");
        }
        output.WriteLine($"misses: {report.Misses.Count}");
        foreach (var miss in report.Misses)
            output.WriteLine($"  {miss.Document} #{miss.Number}{(miss.Section is null ? "" : $" ({miss.Section})")} {miss.Field}: gold [{miss.Gold ?? ""}] extracted [{miss.Extracted ?? ""}]");
        output.WriteLine($"items lost without a check line: {report.LostWithoutCheck.Count}");
        foreach (var lost in report.LostWithoutCheck)
            output.WriteLine($"  {lost.Document} #{lost.Number} {lost.Title}");
    }

    public static string ToJson(EvaluationReport report)
    {
        var root = new JObject
        {
            ["overall"] = Fields(report.Overall),
            ["formats"] = new JArray(report.Formats.Select(f => new JObject
            {
                ["format"] = f.Name, ["documents"] = f.Documents, ["loaded"] = f.DocumentsLoaded, ["fields"] = Fields(f.Fields),
            })),
            ["documents"] = new JArray(report.Documents.Select(d => new JObject
            {
                ["file"] = d.File, ["format"] = d.Format, ["loaded"] = d.Loaded,
                ["goldItems"] = d.GoldItems, ["extractedItems"] = d.ExtractedItems, ["fields"] = Fields(d.Fields),
            })),
            ["misses"] = JArray.FromObject(report.Misses, Serializer),
            ["lostWithoutCheck"] = JArray.FromObject(report.LostWithoutCheck, Serializer),
        };
        return root.ToString(Formatting.Indented);
    }

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new Newtonsoft.Json.Serialization.CamelCasePropertyNamesContractResolver(),
    });

    private static JObject Fields(IReadOnlyDictionary<string, FieldScore> fields) =>
        new(EvaluationFields.All.Select(f => new JProperty(f, new JObject
        {
            ["precision"] = Math.Round(fields[f].Precision, 4),
            ["recall"] = Math.Round(fields[f].Recall, 4),
            ["f1"] = Math.Round(fields[f].F1, 4),
            ["tp"] = fields[f].TruePositives,
            ["fp"] = fields[f].FalsePositives,
            ["fn"] = fields[f].FalseNegatives,
        })));

    private static void WriteFields(TextWriter output, IReadOnlyDictionary<string, FieldScore> fields)
    {
        foreach (var field in EvaluationFields.All)
        {
            var s = fields[field];
            var figures = s.HasData
                ? string.Create(CultureInfo.InvariantCulture, $"P {s.Precision:F3}  R {s.Recall:F3}  F1 {s.F1:F3}")
                : "no values on either side";
            output.WriteLine($"  {field,-15} {figures}  (tp {s.TruePositives}, fp {s.FalsePositives}, fn {s.FalseNegatives})");
        }
    }

    /// <summary>A column heading of at most six characters.</summary>
    private static string Short(string field) => field.Length <= 6 ? field : field[..6];
}
