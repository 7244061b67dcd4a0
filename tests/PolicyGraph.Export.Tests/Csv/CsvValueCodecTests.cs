using PolicyGraph.Export.Csv;

namespace PolicyGraph.Export.Tests.Csv;

public sealed class CsvValueCodecTests
{
    [Theory]
    [InlineData(new[] { "a;b", "c" }, @"a\;b;c")]
    [InlineData(new[] { @"x\", "" }, @"x\\;\e")]
    [InlineData(new[] { "" }, @"\e")]
    public void String_arrays_escape_the_delimiter(string[] items, string text)
    {
        var column = CsvColumn.Property("p", CsvValueKind.String, isArray: true);
        var field = CsvValueCodec.Format(items, column);
        Assert.Equal(text, field.Text);
        Assert.Equal(items, (string[])CsvValueCodec.Parse(field, column)!);
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-300, "1E-300")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(-2.5, "-2.5")]
    public void Doubles_round_trip_exactly(double value, string text)
    {
        var column = CsvColumn.Property("d", CsvValueKind.Double, isArray: false);
        Assert.Equal(text, CsvValueCodec.Format(value, column).Text);
        Assert.Equal(value, (double)CsvValueCodec.Parse(new CsvField(text, false), column)!);
    }

    [Fact]
    public void Mixed_long_and_double_widen_to_double_and_other_mixes_to_string()
    {
        Assert.Equal(CsvValueKind.Double, CsvValueCodec.Widest([CsvValueKind.Long, CsvValueKind.Double]));
        Assert.Equal(CsvValueKind.String, CsvValueCodec.Widest([CsvValueKind.Long, CsvValueKind.Boolean]));
    }

    [Theory]
    [InlineData("name:ID(Person)", CsvColumnRole.Id, "name", "Person")]
    [InlineData(":START_ID(Firm)", CsvColumnRole.StartId, "", "Firm")]
    [InlineData("x:IGNORE", CsvColumnRole.Ignore, "x", null)]
    [InlineData("plain", CsvColumnRole.Property, "plain", null)]
    public void Header_cells_parse(string cell, CsvColumnRole role, string name, string? group)
    {
        var column = CsvColumn.Parse(cell);
        Assert.Equal((role, name, group), (column.Role, column.Name, column.Group));
    }
}
