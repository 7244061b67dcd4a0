namespace PolicyGraph.Tck.Tests.Values;

public sealed partial class TckValueParser
{
    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    /// <summary>Tells "[:T]" (a relationship) from "[...]" (a list) by the first character after the bracket.</summary>
    private bool NextNonSpaceIs(char expected)
    {
        var i = _pos + 1;
        while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
        return i < _text.Length && _text[i] == expected;
    }

    private void SkipSpaces()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool TryWord(string word)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) return false;
        var end = _pos + word.Length;
        if (char.IsAsciiLetter(word[^1]) && end < _text.Length && char.IsAsciiLetterOrDigit(_text[end])) return false;
        _pos = end;
        return true;
    }

    private void Expect(char expected) => Expect(expected.ToString());

    private void Expect(string expected)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _pos, expected, 0, expected.Length) != 0) throw Error($"'{expected}'");
        _pos += expected.Length;
    }

    /// <summary>A map key, label or type: a plain identifier or a `quoted` one.</summary>
    private string ParseName()
    {
        SkipSpaces();
        if (Peek() == '`')
        {
            var close = _text.IndexOf('`', _pos + 1);
            if (close < 0) throw Error("closing '`'");
            var quoted = _text[(_pos + 1)..close];
            _pos = close + 1;
            return quoted;
        }
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        return _pos > start ? _text[start.._pos] : throw Error("a name");
    }

    private FormatException Error(string expected)
    {
        var found = _pos < _text.Length ? $"'{_text[_pos]}'" : "end of text";
        return new FormatException($"Unexpected {found} at column {_pos + 1} of TCK value «{_text}», expected {expected}.");
    }
}
