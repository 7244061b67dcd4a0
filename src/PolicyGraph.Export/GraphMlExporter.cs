using System.Globalization;
using System.Text;
using System.Xml;
using Newtonsoft.Json;
using PolicyGraph.Core.Model;

namespace PolicyGraph.Export;

/// <summary>
/// Streams GraphML (http://graphml.graphdrawing.org/xmlns) readable by Gephi, yEd and networkx: typed &lt;key&gt;
/// declarations, node labels in a "labels" attribute (colon-joined, as Neo4j's apoc export does), relationship
/// types in "type", lists as JSON strings. Characters XML cannot carry are replaced by U+FFFD.
/// </summary>
public sealed class GraphMlExporter : TextGraphExporter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public override ExportFormat Format => ExportFormat.GraphMl;

    public override void Write(PropertyGraph graph, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(writer);
        var keys = GraphMlKeys.Collect(graph);
        var settings = new XmlWriterSettings
        {
            Indent = true,
            CloseOutput = false,
            Encoding = new UTF8Encoding(false),
            NewLineHandling = NewLineHandling.Entitize, // keeps \r in text instead of normalising it away
        };
        using var xml = XmlWriter.Create(writer, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var key in keys.All)
            WriteKey(xml, key);
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in PropertyValues.OrderedNodes(graph))
            WriteNode(xml, node, keys);
        foreach (var rel in PropertyValues.OrderedRelationships(graph))
            WriteEdge(xml, rel, keys);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteKey(XmlWriter xml, GraphMlKey key)
    {
        xml.WriteStartElement("key", Namespace);
        xml.WriteAttributeString("id", key.Id);
        xml.WriteAttributeString("for", key.Domain);
        xml.WriteAttributeString("attr.name", Clean(key.Name));
        xml.WriteAttributeString("attr.type", key.Type);
        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, GraphNode node, GraphMlKeys keys)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", Clean(node.Id));
        WriteData(xml, keys.NodeLabels, ":" + string.Join(":", node.Labels));
        foreach (var (name, value) in PropertyValues.Ordered(node.Properties))
            WriteData(xml, keys.ForNode(name), DataText(value, keys.ForNode(name).Type));
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, GraphRelationship rel, GraphMlKeys keys)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", Clean(rel.Id));
        xml.WriteAttributeString("source", Clean(rel.StartId));
        xml.WriteAttributeString("target", Clean(rel.EndId));
        WriteData(xml, keys.EdgeType, rel.Type);
        foreach (var (name, value) in PropertyValues.Ordered(rel.Properties))
            WriteData(xml, keys.ForEdge(name), DataText(value, keys.ForEdge(name).Type));
        xml.WriteEndElement();
    }

    private static void WriteData(XmlWriter xml, GraphMlKey key, string text)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key.Id);
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    private static string DataText(object value, string attrType) => value switch
    {
        _ when PropertyValues.IsList(value) => JsonConvert.SerializeObject(PropertyValues.Items(value)),
        bool b => b ? "true" : "false",
        double or float or decimal => PropertyValues.AsDouble(value).ToString("R", CultureInfo.InvariantCulture),
        _ when attrType == "double" => PropertyValues.AsDouble(value).ToString("R", CultureInfo.InvariantCulture),
        // GraphML has no point type: a point is a string attribute holding its extended well-known text.
        Core.Querying.SpatialPoint point => point.ToWkt(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>XML 1.0 cannot hold most control characters or lone surrogates, even escaped.</summary>
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar) && !text.Any(char.IsSurrogate))
            return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                builder.Append(text, i++, 2);
            else
                builder.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
        }
        return builder.ToString();
    }
}
