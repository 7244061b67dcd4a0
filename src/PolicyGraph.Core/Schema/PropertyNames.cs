namespace PolicyGraph.Core.Schema;

/// <summary>
/// The property names of the graph contract (cypher/README.md). The importer stores each element's stable id as
/// <see cref="Id"/>; everything else is written by the extractor exactly under these names.
/// </summary>
public static class PropertyNames
{
    public const string Id = "id";

    // Documents
    public const string Title = "title";
    public const string DocNumber = "docNumber";
    public const string Issuer = "issuer";
    public const string IssuedOn = "issuedOn";
    public const string Status = "status";
    public const string Genre = "genre";
    public const string Jurisdiction = "jurisdiction";
    public const string SourceFile = "sourceFile";
    public const string Sha256 = "sha256";
    public const string Encoding = "encoding";
    public const string Format = "format";
    public const string Cited = "cited";

    // Provenance, on nodes and relationships
    public const string Line = "line";
    public const string Page = "page";
    public const string Quote = "quote";
    public const string AsWritten = "asWritten";
    public const string Sources = "sources";

    // Sections and items
    public const string Ordinal = "ordinal";
    public const string Level = "level";
    public const string Kind = "kind";
    public const string Path = "path";
    public const string Seq = "seq";
    public const string Key = "key";
    public const string Text = "text";
    public const string TableLine = "tableLine";
    public const string Deadline = "deadline";
    public const string DeadlineLine = "deadlineLine";
    public const string Novelty = "novelty";
    public const string InnovationPoint = "innovationPoint";
    public const string ConcernsTaiwan = "concernsTaiwan";

    // Agencies and zones
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string EnglishName = "englishName";
    public const string Known = "known";

    // Innovation batches
    public const string Number = "number";
    public const string Scope = "scope";

    // Relationships
    public const string Order = "order";
    public const string Role = "role";
    public const string Source = "source";
    public const string Score = "score";
    public const string FromQuote = "fromQuote";
    public const string ToQuote = "toQuote";

    public static IReadOnlyList<string> All { get; } =
    [
        Id, Title, DocNumber, Issuer, IssuedOn, Status, Genre, Jurisdiction, SourceFile, Sha256, Encoding, Format, Cited,
        Line, Page, Quote, AsWritten, Sources, Ordinal, Level, Kind, Path, Seq, Key, Text, TableLine, Deadline,
        DeadlineLine, Novelty, InnovationPoint, ConcernsTaiwan, Name, Aliases, EnglishName, Known, Number, Scope, Order,
        Role, Source, Score, FromQuote, ToQuote,
    ];
}
