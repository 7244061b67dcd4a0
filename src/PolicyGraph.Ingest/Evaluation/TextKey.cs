using System.Text;

namespace PolicyGraph.Ingest.Evaluation;

/// <summary>
/// The form two values are compared in: whitespace dropped, ASCII punctuation made full-width (as the graph's text
/// properties are), closing punctuation at the end dropped. Nothing else is forgiven.
/// </summary>
public static class TextKey
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) continue;
            builder.Append(c switch
            {
                '(' => '（',
                ')' => '）',
                ',' => '，',
                ';' => '；',
                ':' => '：',
                _ => c,
            });
        }
        while (builder.Length > 0 && "。；，：、.".Contains(builder[^1])) builder.Length--;
        return builder.ToString();
    }
}
