using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace PolicyGraph.Web.Hosting;

/// <summary>What an endpoint expects in its body, shown when a request body cannot be read.</summary>
public sealed record ExpectedBody(string Example);

/// <summary>
/// Turns a request the framework could not bind (malformed JSON, wrong type) into 400 problem+json that says what
/// was expected, in every environment. Binding failures are made to throw (see <see cref="RouteHandlerOptions"/>)
/// so they reach this handler instead of ending as an empty 400 or, in Development, a stack trace page.
/// </summary>
public sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
            return false;
        context.Response.StatusCode = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = badRequest.StatusCode,
                Title = "Unreadable request",
                Detail = Describe(context, badRequest),
            },
        });
    }

    private static string Describe(HttpContext context, BadHttpRequestException error)
    {
        var cause = error.InnerException is JsonException json
            ? $"The body is not valid JSON ({FirstSentence(json.Message)})."
            : FirstSentence(error.Message) + ".";
        // The handler runs with the endpoint cleared; the feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var expected = endpoint?.Metadata.GetMetadata<ExpectedBody>();
        return expected is null ? cause : $"{cause} Expected a JSON body such as {expected.Example}";
    }

    // System.Text.Json appends the .NET path ("Path: $ | LineNumber: 0 | BytePositionInLine: 0."): keep the position.
    private static string FirstSentence(string message) => message.Replace(" Path: $ |", "", StringComparison.Ordinal).TrimEnd('.');
}
