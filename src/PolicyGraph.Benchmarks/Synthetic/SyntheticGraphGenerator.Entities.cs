using System.Globalization;
using PolicyGraph.Core.Model;
using static PolicyGraph.Benchmarks.Synthetic.PolicyVocabulary;

namespace PolicyGraph.Benchmarks.Synthetic;

public sealed partial class SyntheticGraphGenerator
{
    private List<GraphNode> AddZones(int count)
    {
        var zones = new List<GraphNode>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, kind) = i < Zones.Length ? Zones[i] : ($"{Zones[i % Zones.Length].Name}第{i / Zones.Length + 1}功能区", "functional-area");
            var zone = AddNode($"zone:{name}", ["Zone"], new() { ["name"] = name, ["kind"] = kind });
            if (i > 0) Relate("PART_OF", zone, zones[0]);
            zones.Add(zone);
        }
        return zones;
    }

    private List<GraphNode> AddAgencies(int count)
    {
        var agencies = new List<GraphNode>(count);
        var combinations = Places.Length * Departments.Length;
        for (var i = 0; i < count; i++)
        {
            var place = Places[i % Places.Length];
            var department = Departments[i / Places.Length % Departments.Length];
            var branch = i < combinations ? "" : $"第{i / combinations + 1}分局";
            var name = place + department + branch;
            var level = LevelOf(place);
            var shortForm = level switch { "provincial" => "省", "district" => "区", _ => "市" } + department + branch;
            agencies.Add(AddNode($"agency:{name}", ["Agency"], new()
            {
                ["name"] = name,
                ["aliases"] = new[] { shortForm, name },
                ["level"] = level,
                ["kind"] = department is "海关" or "外汇管理局" or "海事局" or "边检站" ? "vertical" : "government",
            }));
        }
        return agencies;
    }

    /// <summary>Districts are the three-character 区 names (鼓楼区); 平潭综合实验区 ranks as a city.</summary>
    private static string LevelOf(string place) =>
        place.EndsWith('省') ? "provincial" : place.EndsWith('区') && place.Length <= 3 ? "district" : "municipal";

    private List<GraphNode> AddDocuments(int count, IReadOnlyList<GraphNode> agencies, ZipfSampler popularity)
    {
        var documents = new List<GraphNode>(count);
        for (var i = 0; i < count; i++)
        {
            var year = 2018 + _random.Next(9);
            var issuer = agencies[popularity.Next(_random)];
            var document = AddNode($"document:{Hex(16)}", ["Document"], DocumentProperties(i, year, issuer));
            Relate("ISSUED_BY", document, issuer);
            for (var c = _random.Next(4); c > 0 && documents.Count > 0; c--)
                Relate("CITES", document, Pick(documents));
            documents.Add(document);
        }
        return documents;
    }

    private Dictionary<string, object> DocumentProperties(int index, int year, GraphNode issuer)
    {
        var place = Pick(Places);
        var properties = new Dictionary<string, object>
        {
            ["title"] = $"{place}关于{Pick(Verbs)}{Pick(Topics)}{Pick(Endings)}的实施方案（{year}年）",
            ["docNumber"] = $"闽自贸办函〔{year}〕{index % 200 + 1}号",
            ["issuer"] = (string)issuer.Properties["name"],
            ["issuedOn"] = new DateOnly(year, 1 + _random.Next(12), 1 + _random.Next(28)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["genre"] = Pick(Genres),
            ["jurisdiction"] = place,
            ["sourceFile"] = $"synthetic/doc-{index:D6}.txt",
            ["sha256"] = Hex(64),
        };
        if (_random.Next(5) == 0) properties["status"] = "征求意见稿";
        return properties;
    }

    private List<GraphNode> AddSections(GraphNode document, int count)
    {
        var docKey = document.Id["document:".Length..];
        var sections = new List<GraphNode>(count);
        for (var i = 0; i < count; i++)
        {
            // The last section is nested in the first, as numbered headings sit inside chapters.
            var nested = i == count - 1 && count > 1;
            var path = nested ? "1.1" : (i + 1).ToString(CultureInfo.InvariantCulture);
            var title = nested ? $"（一）{Pick(Topics)}" : $"第{ChineseOrdinals[i % ChineseOrdinals.Length]}章 {ChapterTitles[i % ChapterTitles.Length]}";
            var section = AddNode($"section:{docKey}:{path}", ["Section"], new()
            {
                ["title"] = title, ["ordinal"] = (long)(nested ? 1 : i + 1), ["level"] = nested ? 2L : 1L,
            });
            Relate("HAS_SECTION", nested ? sections[0] : document, section);
            sections.Add(section);
        }
        return sections;
    }

    private List<GraphNode> AddMeasures(GraphNode document, IReadOnlyList<GraphNode> sections, int count)
    {
        var docKey = document.Id["document:".Length..];
        var measures = new List<GraphNode>(count);
        for (var seq = 1; seq <= count; seq++)
        {
            var topic = Pick(Topics);
            var title = $"{Pick(Verbs)}{topic}{Pick(Endings)}";
            var properties = new Dictionary<string, object>
            {
                ["seq"] = (long)seq,
                ["title"] = title,
                ["text"] = $"{title}。依托{Pick(Zones).Name}，{Pick(Verbs)}{Pick(Topics)}，形成可复制可推广的经验。",
                ["sourceFile"] = document.Properties["sourceFile"],
                ["line"] = (long)(10 + seq * 3),
            };
            var innovation = _random.Next(10) == 0;
            if (innovation) AddInnovationProperties(properties, topic);
            var measure = AddNode($"measure:{docKey}:{seq}", innovation ? ["Measure", "Innovation"] : ["Measure"], properties);
            Relate("CONTAINS", sections[(seq - 1) % sections.Count], measure);
            Relate("CONTAINS", document, measure);
            measures.Add(measure);
        }
        return measures;
    }

    private void AddInnovationProperties(Dictionary<string, object> properties, string topic)
    {
        properties["novelty"] = Pick(Novelties);
        properties["innovationPoint"] = $"首次将{topic}与{Pick(Topics)}联动";
        properties["concernsTaiwan"] = _random.Next(6) == 0;
    }
}
