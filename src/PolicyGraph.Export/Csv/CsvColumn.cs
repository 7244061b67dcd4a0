namespace PolicyGraph.Export.Csv;

/// <summary>What a header column holds.</summary>
public enum CsvColumnRole
{
    Property,
    Id,
    Label,
    StartId,
    EndId,
    Type,
    Ignore,
}

/// <summary>The scalar kind of a property column; arrays use the same kinds with <see cref="CsvColumn.IsArray"/>.</summary>
public enum CsvValueKind
{
    String,
    Long,
    Double,
    Boolean,

    /// <summary>neo4j-admin's point column: the map point() takes, <c>{srid: 4326, x: 1.0, y: 2.0}</c>.</summary>
    Point,
}

/// <summary>
/// One neo4j-admin header column such as <c>name:ID(group)</c>, <c>:LABEL</c>, <c>score:double</c> or
/// <c>aliases:string[]</c>. A column without a type is a string property.
/// </summary>
public sealed record CsvColumn(string Name, CsvColumnRole Role, CsvValueKind Kind, bool IsArray, string? Group)
{
    public static CsvColumn Property(string name, CsvValueKind kind, bool isArray) =>
        new(name, CsvColumnRole.Property, kind, isArray, null);

    public string HeaderText => Role switch
    {
        CsvColumnRole.Id => $"{Name}:ID{GroupSuffix}",
        CsvColumnRole.Label => ":LABEL",
        CsvColumnRole.StartId => $":START_ID{GroupSuffix}",
        CsvColumnRole.EndId => $":END_ID{GroupSuffix}",
        CsvColumnRole.Type => ":TYPE",
        CsvColumnRole.Ignore => $"{Name}:IGNORE",
        _ => $"{Name}:{KindName(Kind)}{(IsArray ? "[]" : "")}",
    };

    private string GroupSuffix => Group is null ? "" : $"({Group})";

    public static string KindName(CsvValueKind kind) => kind switch
    {
        CsvValueKind.Long => "long",
        CsvValueKind.Double => "double",
        CsvValueKind.Boolean => "boolean",
        CsvValueKind.Point => "point",
        _ => "string",
    };

    /// <summary>Parses a header cell; the error names what was not understood.</summary>
    public static CsvColumn Parse(string cell)
    {
        var colon = cell.LastIndexOf(':');
        if (colon < 0) return Property(cell.Trim(), CsvValueKind.String, isArray: false);
        var name = cell[..colon].Trim();
        var type = cell[(colon + 1)..].Trim();
        var group = GroupOf(ref type);
        return type.ToUpperInvariant() switch
        {
            "ID" => new CsvColumn(name, CsvColumnRole.Id, CsvValueKind.String, false, group),
            "LABEL" => new CsvColumn(name, CsvColumnRole.Label, CsvValueKind.String, true, null),
            "START_ID" => new CsvColumn(name, CsvColumnRole.StartId, CsvValueKind.String, false, group),
            "END_ID" => new CsvColumn(name, CsvColumnRole.EndId, CsvValueKind.String, false, group),
            "TYPE" => new CsvColumn(name, CsvColumnRole.Type, CsvValueKind.String, false, null),
            "IGNORE" => new CsvColumn(name, CsvColumnRole.Ignore, CsvValueKind.String, false, null),
            _ => PropertyOfType(name, type),
        };
    }

    private static string? GroupOf(ref string type)
    {
        var open = type.IndexOf('(');
        if (open < 0 || !type.EndsWith(')')) return null;
        var group = type[(open + 1)..^1];
        type = type[..open];
        return group;
    }

    private static CsvColumn PropertyOfType(string name, string type)
    {
        if (name.Length == 0) throw new FormatException($"column type '{type}' needs a property name");
        var isArray = type.EndsWith("[]", StringComparison.Ordinal);
        var scalar = isArray ? type[..^2] : type;
        var kind = scalar.ToLowerInvariant() switch
        {
            "string" or "char" => CsvValueKind.String,
            "long" or "int" or "short" or "byte" => CsvValueKind.Long,
            "double" or "float" => CsvValueKind.Double,
            "boolean" => CsvValueKind.Boolean,
            "point" when !isArray => CsvValueKind.Point,
            _ => throw new FormatException(
                $"unsupported column type '{type}' (expected string, long, int, short, byte, double, float, boolean, char, or an array of them, or point)"),
        };
        return Property(name, kind, isArray);
    }
}
