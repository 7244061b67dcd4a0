using System.Text;

namespace PolicyGraph.Export.Csv;

/// <summary>One CSV field; <see cref="Quoted"/> tells "" (an empty string) from an empty field (no value).</summary>
public readonly record struct CsvField(string Text, bool Quoted);

/// <summary>One CSV record and the 1-based line it starts on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields);

/// <summary>
/// RFC 4180 reading and writing: comma separated, fields quoted with '"' and quotes doubled inside, quoted fields
/// may span lines; CRLF and LF both end a record. Blank lines are skipped.
/// </summary>
public static class Rfc4180
{
    public static IEnumerable<CsvRecord> Read(TextReader reader, string fileName)
    {
        var line = 1;
        while (reader.Peek() >= 0)
        {
            var start = line;
            var fields = ReadRecord(reader, fileName, ref line);
            if (fields.Count == 1 && fields[0] is { Text.Length: 0, Quoted: false }) continue;
            yield return new CsvRecord(start, fields);
        }
    }

    private static List<CsvField> ReadRecord(TextReader reader, string fileName, ref int line)
    {
        var fields = new List<CsvField>();
        while (true)
        {
            var field = reader.Peek() == '"' ? ReadQuoted(reader, fileName, ref line) : ReadPlain(reader);
            fields.Add(field);
            var next = reader.Read();
            if (next == ',') continue;
            if (next == '\r' && reader.Peek() == '\n') reader.Read();
            if (next is '\r' or '\n') line++;
            else if (next != -1) throw new CsvFormatException(fileName, line, $"unexpected '{(char)next}' after a quoted field");
            return fields;
        }
    }

    private static CsvField ReadPlain(TextReader reader)
    {
        var text = new StringBuilder();
        while (reader.Peek() is not (-1 or ',' or '\r' or '\n')) text.Append((char)reader.Read());
        return new CsvField(text.ToString(), Quoted: false);
    }

    private static CsvField ReadQuoted(TextReader reader, string fileName, ref int line)
    {
        var opening = line;
        reader.Read();
        var text = new StringBuilder();
        while (true)
        {
            var c = reader.Read();
            if (c == -1) throw new CsvFormatException(fileName, opening, "quoted field is not closed");
            if (c == '"' && reader.Peek() != '"') return new CsvField(text.ToString(), Quoted: true);
            if (c == '"') reader.Read();
            if (c == '\n') line++;
            text.Append((char)c);
        }
    }

    /// <summary>Writes one record; fields marked quoted are always quoted, others only when they need it.</summary>
    public static void Write(TextWriter writer, IEnumerable<CsvField> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) writer.Write(',');
            first = false;
            var needsQuotes = field.Quoted || field.Text.IndexOfAny([',', '"', '\r', '\n']) >= 0;
            writer.Write(needsQuotes ? "\"" + field.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field.Text);
        }
        writer.Write("\r\n");
    }
}
