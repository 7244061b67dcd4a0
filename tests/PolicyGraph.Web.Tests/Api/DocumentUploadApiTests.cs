using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using PolicyGraph.Web.Tests.Support;

namespace PolicyGraph.Web.Tests.Api;

/// <summary>
/// Uploading and removing documents: only with a writer key, only when the app holds its store as the writer, through
/// the CLI's loader, with the request limits and bad-input answers of the rest of the API. Keys never reach a log.
/// </summary>
public sealed class DocumentUploadApiTests : IDisposable
{
    private const string WriterKey = "writer-key-0123456789abcdef";
    private const string ReaderKey = "reader-key-0123456789abcdef";
    private static readonly string[] SeedFiles = Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").OrderBy(f => new FileInfo(f).Length).ToArray();
    private static readonly string SeedFile = SeedFiles[0];

    private readonly string _root = Directory.CreateTempSubdirectory("policygraph-web-upload-").FullName;
    private readonly List<UploadAppFactory> _factories = [];

    public void Dispose()
    {
        foreach (var factory in _factories)
            factory.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Without_a_key_the_upload_is_401_and_with_a_reader_key_403()
    {
        var client = App(writer: true).CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/documents", Upload("a.txt", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(client, ReaderKey, Upload("a.txt", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(client, "not-a-key-of-this-server-at-all", Upload("a.txt", "x"))).StatusCode);
    }

    [Fact]
    public async Task A_writer_uploads_a_document_that_is_then_queryable_and_removes_it()
    {
        var app = App(writer: true);
        var client = app.CreateClient();
        var name = Path.GetFileName(SeedFile);

        using var created = await Send(client, WriterKey, Upload(name, await File.ReadAllTextAsync(SeedFile)));
        var body = JToken.Parse(await created.Content.ReadAsStringAsync());

        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        var documentId = (string?)body["documentId"];
        Assert.StartsWith("document:", documentId);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/nodes/" + Uri.EscapeDataString(documentId!))).StatusCode);
        var measures = await client.PostCypherAsync("MATCH (m:Measure {sourceFile: $f}) RETURN count(m) AS n", new { f = name });
        Assert.True((long)measures["rows"]![0]![0]! > 0, measures.ToString());

        using var removed = await Send(client, WriterKey, new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(name)));

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/nodes/" + Uri.EscapeDataString(documentId!))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(client, WriterKey, new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + name))).StatusCode);
        Assert.DoesNotContain(app.Logs, line => line.Contains(WriterKey, StringComparison.Ordinal) || line.Contains(ReaderKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Removing_one_file_keeps_a_document_the_store_holds_from_a_file_not_in_the_folder()
    {
        var app = App(writer: true);
        var client = app.CreateClient();
        var (first, second) = (SeedFiles[0], SeedFiles[1]);
        using var kept = await Send(client, WriterKey, Upload(Path.GetFileName(second), await File.ReadAllTextAsync(second)));
        var keptId = (string?)JToken.Parse(await kept.Content.ReadAsStringAsync())["documentId"];
        Assert.Equal(HttpStatusCode.Created, (await Send(client, WriterKey, Upload(Path.GetFileName(first), await File.ReadAllTextAsync(first)))).StatusCode);
        // As if loaded from another folder: the store holds the document, the app's folder has no file of it.
        File.Delete(Path.Combine(app.Documents, Path.GetFileName(second)));

        using var removed = await Send(client, WriterKey, new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(Path.GetFileName(first))));

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/nodes/" + Uri.EscapeDataString(keptId!))).StatusCode);
        var measures = await client.PostCypherAsync("MATCH (m:Measure {sourceFile: $f}) RETURN count(m) AS n", new { f = Path.GetFileName(second) });
        Assert.True((long)measures["rows"]![0]![0]! > 0, measures.ToString());
    }

    [Fact]
    public async Task An_uploaded_document_has_facts_and_source_lines_and_a_removed_one_no_source()
    {
        var client = App(writer: true).CreateClient();
        var name = Path.GetFileName(SeedFile);
        using var created = await Send(client, WriterKey, Upload(name, await File.ReadAllTextAsync(SeedFile)));
        var documentId = Uri.EscapeDataString((string)JToken.Parse(await created.Content.ReadAsStringAsync())["documentId"]!);

        var facts = await client.GetJsonAsync($"/api/documents/{documentId}/facts");
        var source = await client.GetJsonAsync($"/api/source/{documentId}?line=1");
        Assert.NotEmpty(facts["facts"]!);
        Assert.Equal((await File.ReadAllLinesAsync(SeedFile))[0].Trim(), ((string)source["lines"]![0]!["text"]!).Trim());

        using var removed = await Send(client, WriterKey, new HttpRequestMessage(HttpMethod.Delete, "/api/documents/" + Uri.EscapeDataString(name)));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/source/{documentId}")).StatusCode);
    }

    [Fact]
    public async Task A_failed_upload_leaves_the_previous_file_whole_and_no_temporary_file()
    {
        var app = App(writer: true);
        var client = app.CreateClient();
        var name = Path.GetFileName(SeedFile);
        Assert.Equal(HttpStatusCode.Created, (await Send(client, WriterKey, Upload(name, await File.ReadAllTextAsync(SeedFile)))).StatusCode);
        var store = app.Services.GetRequiredService<PolicyGraph.Web.Graph.StoreDocuments>();

        await Assert.ThrowsAsync<IOException>(() => store.AddAsync(name, new BrokenStream(), CancellationToken.None));

        Assert.Equal(await File.ReadAllBytesAsync(SeedFile), await File.ReadAllBytesAsync(Path.Combine(app.Documents, name)));
        Assert.Equal([name], Directory.GetFiles(app.Documents).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Too_large_wrong_type_and_unreadable_files_are_413_415_and_400_naming_the_file()
    {
        var client = App(writer: true, maxUploadBytes: 4096).CreateClient();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Send(client, WriterKey, Upload("big.txt", new string('字', 5000)))).StatusCode);
        using var wrongType = await Send(client, WriterKey, Upload("image.png", "png"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Contains("image.png", await wrongType.Content.ReadAsStringAsync());
        using var unreadable = await Send(client, WriterKey, Upload("empty.txt", ""));
        var problem = await unreadable.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("empty.txt", problem);
        Assert.Contains("application/problem+json", unreadable.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task A_follower_answers_409_and_an_app_without_a_store_405()
    {
        var follower = App(writer: false).CreateClient();
        var memory = App(writer: false, store: false).CreateClient();

        Assert.Equal(HttpStatusCode.Conflict, (await Send(follower, WriterKey, Upload("a.txt", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Send(memory, WriterKey, Upload("a.txt", "x"))).StatusCode);
    }

    [Fact]
    public async Task Without_keys_the_write_endpoints_do_not_exist_and_reads_stay_anonymous()
    {
        var client = App(writer: true, keys: false).CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await Send(client, WriterKey, Upload("a.txt", "x"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/overview")).StatusCode);
        var openApi = await client.GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("/api/documents\"", openApi);
    }

    [Fact]
    public async Task OpenApi_documents_the_write_endpoints_with_their_errors()
    {
        var openApi = JToken.Parse(await App(writer: true).CreateClient().GetStringAsync("/openapi/v1.json"));

        var upload = openApi["paths"]!["/api/documents"]!["post"]!;
        foreach (var status in new[] { "201", "400", "401", "403", "405", "409", "413", "415" })
            Assert.NotNull(upload["responses"]![status]);
        Assert.NotNull(openApi["paths"]!["/api/documents/{file}"]!["delete"]!["responses"]!["404"]);
    }

    private UploadAppFactory App(bool writer, bool store = true, bool keys = true, long? maxUploadBytes = null)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_root, $"app-{_factories.Count}")).FullName;
        var factory = new UploadAppFactory(directory, writer, store, keys, maxUploadBytes);
        _factories.Add(factory);
        return factory;
    }

    private static MultipartFormDataContent Upload(string name, string text)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string key, HttpContent content) =>
        Send(client, key, new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content });

    private static Task<HttpResponseMessage> Send(HttpClient client, string key, HttpRequestMessage request)
    {
        request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>The real app on a store of its own (a temporary folder for the store and one for its documents).</summary>
    private sealed class UploadAppFactory(string directory, bool writer, bool store, bool keys, long? maxUploadBytes) : WebApplicationFactory<Program>
    {
        public ConcurrentQueue<string> Logs { get; } = new();

        public string Documents { get; } = Directory.CreateDirectory(Path.Combine(directory, "documents")).FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            var documents = Documents;
            builder.UseContentRoot(RepositoryPaths.WebProject);
            builder.UseSetting("PolicyGraph:Web:SeedDirectory", store ? documents : RepositoryPaths.Seeds);
            builder.UseSetting("PolicyGraph:Web:QueryDirectory", RepositoryPaths.Queries);
            if (store)
                builder.UseSetting("Graph:DataDirectory", Path.Combine(directory, "store"));
            builder.UseSetting("Graph:Writer", writer ? "true" : "false");
            if (maxUploadBytes is { } limit)
                builder.UseSetting("PolicyGraph:Web:MaxUploadBytes", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (keys)
            {
                builder.UseSetting("PolicyGraph:Web:ApiKeys:0:Key", WriterKey);
                builder.UseSetting("PolicyGraph:Web:ApiKeys:0:Role", "writer");
                builder.UseSetting("PolicyGraph:Web:ApiKeys:1:Key", ReaderKey);
                builder.UseSetting("PolicyGraph:Web:ApiKeys:1:Role", "reader");
            }
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new QueueLoggerProvider(Logs)));
        }
    }

    /// <summary>A request body that breaks after its first bytes, as a dropped connection does.</summary>
    private sealed class BrokenStream : MemoryStream
    {
        private bool _sent;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_sent) throw new IOException("connection dropped");
            _sent = true;
            buffer.Span[..4].Fill((byte)'x');
            return ValueTask.FromResult(4);
        }
    }
}
