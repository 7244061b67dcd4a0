using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PolicyGraph.Core.Model;
using PolicyGraph.Embedded;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Unit;

public class GraphWorkspaceLoggingTests
{
    [Fact]
    public async Task Loader_messages_are_logged_at_their_own_level()
    {
        var messages = new[]
        {
            new LoaderMessage(LogLevel.Information, "info PG-EXTRACT-GENRE a.txt: note"),
            new LoaderMessage(LogLevel.Warning, "warning PG-CHECK-TOTAL a.txt:3: doubtful"),
            new LoaderMessage(LogLevel.Error, "error PG-READ-BINARY b.bin: skipped"),
        };
        var logger = new RecordingLogger();
        var workspace = new GraphWorkspace(new MessagesLoader(messages), new EmbeddedGraphBackend(),
            new GraphBackendMode(LoadsSeeds: true), NameRegistry.Empty,
            Options.Create(new PolicyGraphWebOptions { SeedDirectory = Path.GetTempPath() }), new TestHostEnvironment(), logger);

        var loaded = await workspace.GetAsync();

        var logged = logger.Entries.Where(e => e.Text.StartsWith("Loader: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(messages.Select(m => (m.Level, "Loader: " + m.Text)), logged.Select(e => (e.Level, e.Text)));
        Assert.Equal(messages.Select(m => m.Text), loaded.Diagnostics);
    }

    private sealed class MessagesLoader(IReadOnlyList<LoaderMessage> messages) : IPolicyGraphLoader
    {
        public GraphLoadResult Load(string directory) => new(SampleGraph.Build(), messages);

        public IReadOnlyList<string> ReadSourceLines(string path) => [];
    }

    private sealed class RecordingLogger : ILogger<GraphWorkspace>
    {
        public List<(LogLevel Level, string Text)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
