using System.Globalization;
using System.Text;

namespace PolicyGraph.Web.Queries;

/// <summary>
/// Writes a view as a named query file: the header <see cref="QueryFileParser"/> reads (the one definition of the
/// format), a blank line, then the Cypher text. What it writes parses back to the same view.
/// </summary>
public static class QueryFileWriter
{
    public static string Write(NamedQuery query)
    {
        var text = new StringBuilder();
        text.Append("// @title ").Append(query.TitleZh);
        if (query.TitleEn != query.TitleZh)
            text.Append(" | ").Append(query.TitleEn);
        text.Append('\n');
        text.Append("// @answers ").Append(query.Answers).Append('\n');
        if (query.AnswersZh != query.Answers)
            text.Append("// @answers-zh ").Append(query.AnswersZh).Append('\n');
        foreach (var parameter in query.Parameters)
            text.Append("// @param ").Append(Parameter(parameter)).Append('\n');
        foreach (var link in query.Links)
            text.Append("// @link ").Append(link.SourceColumn).Append(" -> ").Append(link.TargetColumn).Append(' ').Append(link.Label)
                .Append(link.WeightColumn is null ? "" : " " + link.WeightColumn).Append('\n');
        // The blank line ends the header, so comment lines at the start of the query stay part of it.
        return text.Append('\n').Append(query.Cypher).Append('\n').ToString();
    }

    private static string Parameter(QueryParameter parameter)
    {
        var text = $"{parameter.Name} {ParameterTypeWords.Word(parameter.Type)}";
        if (!parameter.Required)
            text += " = " + Literal(parameter.Default);
        return parameter.Description.Length == 0 ? text : $"{text} {parameter.Description}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
