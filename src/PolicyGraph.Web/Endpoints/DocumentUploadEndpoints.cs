using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Graph;
using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Endpoints;

/// <summary>What an upload or removal changed in the store, one entry per transaction.</summary>
public sealed record DocumentWriteResponse(string File, string? DocumentId, IReadOnlyList<DocumentChangeResponse> Changes);

public sealed record DocumentChangeResponse(string? File, string Kind, int NodesWritten, int NodesRemoved, int RelationshipsWritten, int RelationshipsRemoved);

/// <summary>
/// Writing documents from the web app: upload (multipart, field <c>file</c>) and removal. Mapped only when API keys
/// are configured; only a key with the writer role may call them, and only when the app holds its store as the writer.
/// </summary>
public static class DocumentUploadEndpoints
{
    public static RouteGroupBuilder MapDocumentUploads(this RouteGroupBuilder api)
    {
        var services = ((IEndpointRouteBuilder)api).ServiceProvider;
        if (!services.GetRequiredService<IOptions<ApiKeyOptions>>().Value.Enabled)
            return api;
        var limit = services.GetRequiredService<IOptions<PolicyGraphWebOptions>>().Value.MaxUploadBytes;
        var documents = api.MapGroup("/documents").RequireAuthorization(ApiKeyAuthentication.WriterPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status405MethodNotAllowed).ProducesProblem(StatusCodes.Status409Conflict);
        // An API key is not a cookie: no cross-site request can carry it, so no antiforgery token is needed.
        documents.MapPost("/", Upload).WithName("UploadDocument").DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary($"Upload a document (multipart field 'file'; {string.Join(", ", StoreDocuments.Extensions)}); it is extracted and loaded like `policygraph load`. Header {ApiKeyAuthentication.Header}: a writer key.");
        documents.MapDelete("/{file}", Remove).WithName("RemoveDocument")
            .WithSummary($"Remove an uploaded or loaded document file and everything the store holds of it. Header {ApiKeyAuthentication.Header}: a writer key.");
        return api;
    }

    public static async Task<Results<Created<DocumentWriteResponse>, ProblemHttpResult>> Upload(
        IFormFile? file, StoreDocuments store, CancellationToken cancellationToken)
    {
        if (NotWritable(store) is { } refused)
            return refused;
        if (file is null)
            return Problems.BadRequest("No file", "Send the document as multipart/form-data in a field named 'file'.");
        var name = file.FileName;
        if (!StoreDocuments.IsPlainFileName(name))
            return Problems.BadRequest("Bad file name", $"'{name}' is not a plain file name (no folders, not hidden, at most 200 characters).");
        if (!StoreDocuments.IsReadableType(name))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported document type",
                detail: $"{name}: the loader reads {string.Join(", ", StoreDocuments.Extensions)} files.");
        await using var content = file.OpenReadStream();
        var write = await store.AddAsync(name, content, cancellationToken);
        if (!write.Succeeded)
            return Problems.BadRequest("Document not loaded", string.Join("\n", write.Problems));
        return TypedResults.Created($"/api/nodes/{Uri.EscapeDataString(write.DocumentId!)}", Response(write));
    }

    public static async Task<Results<Ok<DocumentWriteResponse>, ProblemHttpResult>> Remove(string file, StoreDocuments store, CancellationToken cancellationToken)
    {
        if (NotWritable(store) is { } refused)
            return refused;
        if (!StoreDocuments.IsPlainFileName(file))
            return Problems.BadRequest("Bad file name", $"'{file}' is not a plain file name.");
        var write = await store.RemoveAsync(file, cancellationToken);
        return write is null ? Problems.NotFound("Document file", file) : TypedResults.Ok(Response(write));
    }

    private static ProblemHttpResult? NotWritable(StoreDocuments store) => store.Access switch
    {
        StoreAccess.NoStore => TypedResults.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "No store to write",
            detail: "This app serves a graph it does not keep on disk (in memory or Neo4j); load documents with `policygraph load`."),
        StoreAccess.Follower => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Store is read-only here",
            detail: "This app follows a store the CLI writes; start it with Graph:Writer=true (and no CLI writing) to upload here."),
        _ => null,
    };

    private static DocumentWriteResponse Response(DocumentWrite write) => new(write.File, write.DocumentId,
        write.Changes.Select(c => new DocumentChangeResponse(c.SourceFile, c.Kind, c.NodesWritten, c.NodesRemoved, c.RelationshipsWritten, c.RelationshipsRemoved)).ToArray());
}
