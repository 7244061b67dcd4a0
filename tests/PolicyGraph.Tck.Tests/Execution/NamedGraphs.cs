using Newtonsoft.Json.Linq;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>Loads a TCK named graph: the scripts listed in graphs/&lt;name&gt;/&lt;name&gt;.json, split on ';'.</summary>
public static class NamedGraphs
{
    public static async Task LoadAsync(IGraphBackend backend, string tckDirectory, string name, CancellationToken ct)
    {
        var folder = Path.Combine(tckDirectory, "graphs", name);
        var metadataFile = Path.Combine(folder, name + ".json");
        if (!File.Exists(metadataFile))
            throw new TckScenarioException($"Named graph '{name}' has no metadata file {metadataFile}.");
        var scripts = JObject.Parse(await File.ReadAllTextAsync(metadataFile, ct))["scripts"]?.Values<string>()
            ?? throw new TckScenarioException($"{metadataFile} has no 'scripts' list.");
        foreach (var script in scripts)
        {
            var text = await File.ReadAllTextAsync(Path.Combine(folder, script + ".cypher"), ct);
            foreach (var statement in text.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
                await backend.RunAsync(statement, cancellationToken: ct);
        }
    }
}

/// <summary>A scenario did not behave as the TCK expects; the message says which step and why.</summary>
public sealed class TckScenarioException(string message, Exception? inner = null) : Exception(message, inner);
