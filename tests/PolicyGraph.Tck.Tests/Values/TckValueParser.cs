using System.Globalization;
using System.Text;

namespace PolicyGraph.Tck.Tests.Values;

/// <summary>
/// Parses the TCK's value notation (after Gherkin cell unescaping): null, booleans, integers, floats (with '.',
/// exponent, NaN, Inf), 'strings' with \' and \\ escapes, lists, maps, nodes, relationships and paths.
/// </summary>
public sealed partial class TckValueParser
{
    private readonly string _text;
    private int _pos;

    private TckValueParser(string text) => _text = text;

    public static TckValue Parse(string text)
    {
        var parser = new TckValueParser(text);
        var value = parser.ParseValue();
        parser.SkipSpaces();
        if (parser._pos != text.Length) throw parser.Error("end of value");
        return value;
    }

    private TckValue ParseValue()
    {
        SkipSpaces();
        return Peek() switch
        {
            '\'' => new TckString(ParseString()),
            '[' when NextNonSpaceIs(':') => ParseRelationship(),
            '[' => ParseList(),
            '{' => ParseMap(),
            '(' => ParseNode(),
            '<' => ParsePath(),
            _ => ParseWord(),
        };
    }

    private TckValue ParseWord()
    {
        if (TryWord("null")) return TckNull.Instance;
        if (TryWord("true")) return new TckBoolean(true);
        if (TryWord("false")) return new TckBoolean(false);
        if (TryWord("NaN")) return new TckFloat(double.NaN);
        if (TryWord("Inf")) return new TckFloat(double.PositiveInfinity);
        if (TryWord("-Inf")) return new TckFloat(double.NegativeInfinity);
        return ParseNumber();
    }

    private TckValue ParseNumber()
    {
        var start = _pos;
        if (Peek() is '-' or '+') _pos++;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '.' ||
                                       (_text[_pos] is '-' or '+' && _text[_pos - 1] is 'e' or 'E'))) _pos++;
        var token = _text[start.._pos];
        var isFloat = token.IndexOfAny(['.', 'e', 'E']) >= 0;
        if (!isFloat && long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            return new TckInteger(i);
        if (isFloat && double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return new TckFloat(d);
        _pos = start;
        throw Error("a value");
    }

    private string ParseString()
    {
        Expect('\'');
        var text = new StringBuilder();
        while (_pos < _text.Length && _text[_pos] != '\'')
        {
            if (_text[_pos] == '\\' && _pos + 1 < _text.Length && _text[_pos + 1] is '\'' or '\\') _pos++;
            text.Append(_text[_pos++]);
        }
        Expect('\'');
        return text.ToString();
    }

    private TckList ParseList()
    {
        Expect('[');
        var items = new List<TckValue>();
        SkipSpaces();
        while (Peek() != ']')
        {
            if (items.Count > 0) Expect(',');
            items.Add(ParseValue());
            SkipSpaces();
        }
        Expect(']');
        return new TckList(items);
    }

    private TckMap ParseMap()
    {
        Expect('{');
        var entries = new Dictionary<string, TckValue>(StringComparer.Ordinal);
        SkipSpaces();
        while (Peek() != '}')
        {
            if (entries.Count > 0) Expect(',');
            var key = ParseName();
            Expect(':');
            entries[key] = ParseValue();
            SkipSpaces();
        }
        Expect('}');
        return new TckMap(entries);
    }

    private TckNode ParseNode()
    {
        Expect('(');
        var labels = new List<string>();
        SkipSpaces();
        while (Peek() == ':')
        {
            _pos++;
            labels.Add(ParseName());
            SkipSpaces();
        }
        var properties = Peek() == '{' ? ParseMap() : TckMap.Empty;
        Expect(')');
        return new TckNode(labels, properties);
    }

    private TckRelationship ParseRelationship()
    {
        Expect('[');
        Expect(':');
        var type = ParseName();
        SkipSpaces();
        var properties = Peek() == '{' ? ParseMap() : TckMap.Empty;
        Expect(']');
        return new TckRelationship(type, properties);
    }

    private TckPath ParsePath()
    {
        Expect('<');
        var start = ParseNode();
        var hops = new List<TckPathHop>();
        SkipSpaces();
        while (Peek() != '>')
        {
            var backward = TryWord("<-");
            if (!backward) Expect('-');
            var rel = ParseRelationship();
            Expect(backward ? "-" : "->");
            hops.Add(new TckPathHop(rel, !backward, ParseNode()));
            SkipSpaces();
        }
        Expect('>');
        return new TckPath(start, hops);
    }
}
