using Microsoft.Extensions.Options;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Queries;

/// <summary>The ready-made views: every *.cypher file of the query folder, read once at start-up.</summary>
public sealed class NamedQueryCatalog
{
    private readonly Dictionary<string, NamedQuery> _byName;

    public NamedQueryCatalog(IReadOnlyList<NamedQuery> queries)
    {
        Queries = queries.OrderBy(q => q.Name, StringComparer.Ordinal).ToArray();
        _byName = Queries.ToDictionary(q => q.Name, StringComparer.Ordinal);
    }

    public IReadOnlyList<NamedQuery> Queries { get; }

    public NamedQuery? Find(string name) => _byName.GetValueOrDefault(name);

    public static NamedQueryCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Named query folder not found: {directory} (set PolicyGraph:Web:QueryDirectory).");
        var queries = Directory.EnumerateFiles(directory, "*.cypher")
            .Select(file => QueryFileParser.Parse(Path.GetFileNameWithoutExtension(file), file, File.ReadAllText(file)))
            .ToArray();
        return new NamedQueryCatalog(queries);
    }

    public static NamedQueryCatalog FromOptions(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<PolicyGraphWebOptions>>().Value;
        var environment = services.GetRequiredService<IHostEnvironment>();
        var directory = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.QueryDirectory));
        var catalog = Load(directory);
        Log.QueriesLoaded(services.GetRequiredService<ILogger<NamedQueryCatalog>>(), catalog.Queries.Count, directory);
        return catalog;
    }
}
