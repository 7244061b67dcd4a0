using System.Globalization;
using System.Text;
using PolicyGraph.Cypher.Ast;

namespace PolicyGraph.Cypher.Lexing;

public sealed partial class Lexer
{
    /// <summary>
    /// Reads a number. Integers keep their raw text (value range is checked by the parser, which knows whether a
    /// minus sign precedes them); floats are converted here.
    /// </summary>
    private Token ReadNumber(SourcePosition start)
    {
        if (Peek() == '0' && (Peek(1) is 'x' or 'X' or 'o' or 'O'))
        {
            return ReadPrefixedInteger(start);
        }

        var isFloat = ReadDigits() == 0 | ReadFraction();
        isFloat |= ReadExponent();
        if (IsIdentifierPart(Peek()))
        {
            return ReadInvalidNumber(start);
        }

        var raw = text[start.Offset..offset];
        if (!isFloat)
        {
            return new Token(TokenKind.Integer, raw, start, raw);
        }

        var value = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(value))
        {
            throw CypherErrors.Syntax("FloatingPointOverflow", $"Floating point number is too large: {raw}", start);
        }

        return new Token(TokenKind.Float, raw, start, value);
    }

    private int ReadDigits()
    {
        var count = 0;
        while (char.IsAsciiDigit(Peek()))
        {
            Advance();
            count++;
        }

        return count;
    }

    private bool ReadFraction()
    {
        if (Peek() != '.' || !char.IsAsciiDigit(Peek(1)))
        {
            return false;
        }

        Advance();
        ReadDigits();
        return true;
    }

    private bool ReadExponent()
    {
        var signed = Peek(1) == '-' || Peek(1) == '+';
        if (Peek() is not ('e' or 'E') || !char.IsAsciiDigit(Peek(signed ? 2 : 1)))
        {
            return false;
        }

        Advance();
        if (signed)
        {
            Advance();
        }

        ReadDigits();
        return true;
    }

    private Token ReadInvalidNumber(SourcePosition start)
    {
        while (IsIdentifierPart(Peek()))
        {
            Advance();
        }

        return new Token(TokenKind.InvalidNumber, text[start.Offset..offset], start);
    }

    private Token ReadPrefixedInteger(SourcePosition start)
    {
        var hex = Peek(1) is 'x' or 'X';
        Advance();
        Advance();
        var digitsStart = offset;
        while (hex ? char.IsAsciiHexDigit(Peek()) : Peek() is >= '0' and <= '7')
        {
            Advance();
        }

        if (offset == digitsStart || IsIdentifierPart(Peek()))
        {
            return ReadInvalidNumber(start);
        }

        var raw = text[start.Offset..offset];
        return new Token(TokenKind.Integer, raw, start, raw);
    }

    private Token ReadString(SourcePosition start)
    {
        var quote = Peek();
        Advance();
        var value = new StringBuilder();
        while (Peek() != quote)
        {
            if (AtEnd)
            {
                throw CypherErrors.Syntax("UnexpectedSyntax", $"Unterminated string: missing {quote}", start);
            }

            if (Peek() == '\\')
            {
                ReadEscape(value);
            }
            else
            {
                value.Append(Peek());
                Advance();
            }
        }

        Advance();
        return new Token(TokenKind.String, text[start.Offset..offset], start, value.ToString());
    }

    private void ReadEscape(StringBuilder value)
    {
        var escapeStart = Here;
        Advance();
        var c = Peek();
        if (c is 'u' or 'U')
        {
            Advance();
            value.Append(ReadUnicodeEscape(c == 'u' ? 4 : 8, escapeStart));
            return;
        }

        var decoded = c switch
        {
            '\\' or '\'' or '"' => c.ToString(),
            'b' or 'B' => "\b",
            'f' or 'F' => "\f",
            'n' or 'N' => "\n",
            'r' or 'R' => "\r",
            't' or 'T' => "\t",
            _ => null,
        };

        // Unknown escapes are kept verbatim, as Neo4j does, rather than rejecting the query.
        value.Append(decoded ?? "\\");
        if (decoded is not null)
        {
            Advance();
        }
    }

    private string ReadUnicodeEscape(int length, SourcePosition escapeStart)
    {
        var digits = offset + length <= text.Length ? text.Substring(offset, length) : text[offset..];
        if (digits.Length < length || !digits.All(char.IsAsciiHexDigit))
        {
            throw CypherErrors.Syntax(
                "InvalidUnicodeLiteral",
                "Invalid unicode escape: expected " + length + " hex digits",
                escapeStart);
        }

        var codePoint = int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        if (codePoint > 0x10FFFF)
        {
            throw CypherErrors.Syntax("InvalidUnicodeLiteral", $"Invalid unicode code point U+{digits}", escapeStart);
        }

        for (var i = 0; i < length; i++)
        {
            Advance();
        }

        return codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
    }
}
