using System.Text;
using PolicyGraph.Ingest.Documents;

namespace PolicyGraph.Ingest.Reading;

/// <summary>
/// Collapses HTML white space as a browser shows it, except that a space between two Chinese characters is dropped:
/// it comes from a line break in the page source, and Chinese text has no spaces between words.
/// </summary>
internal static class HtmlWhitespace
{
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace && !(TextJoin.IsCjk(builder[^1]) && TextJoin.IsCjk(c))) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString().Trim('\u00A0', '\u3000', ' ');
    }
}
