using System.Globalization;
using System.Reflection;
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
        // The handler runs with the endpoint cleared; the feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var cause = error.InnerException is JsonException json
            ? $"The body is not valid JSON ({JsonPosition(json)})."
            : DescribeParameter(context.Request, endpoint) ?? "The request's parameters or body could not be read.";
        var expected = endpoint?.Metadata.GetMetadata<ExpectedBody>();
        return expected is null ? cause : $"{cause} Expected a JSON body such as {expected.Example}";
    }

    // System.Text.Json's message names .NET types; keep only where it stopped: the member and the position.
    private static string JsonPosition(JsonException error)
    {
        var member = error.Path is { Length: > 2 } path ? $"at '{path.TrimStart('$', '.')}', " : "";
        return error.LineNumber is { } line
            ? $"{member}line {line + 1}, position {error.BytePositionInLine + 1}"
            : $"{member}a value of the wrong type or an early end";
    }

    /// <summary>Names the query or route parameter whose text is not of its declared type, in our words.</summary>
    private static string? DescribeParameter(HttpRequest request, Endpoint? endpoint)
    {
        foreach (var parameter in endpoint?.Metadata.GetMetadata<MethodInfo>()?.GetParameters() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var name = parameter.Name ?? "";
            var text = request.RouteValues.TryGetValue(name, out var route) ? route?.ToString() ?? "" : request.Query[name].ToString();
            if (text.Length > 0 && ExpectedText(type) is { } expected && !Parses(type, text))
                return $"Parameter '{name}' must be {expected}, not '{text}'.";
        }
        return null;
    }

    private static string? ExpectedText(Type type) =>
        type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(double) ? "a number"
        : type == typeof(bool) ? "true or false"
        : null;

    private static bool Parses(Type type, string text) =>
        type == typeof(int) ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(long) ? long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(double) ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        : bool.TryParse(text, out _);
}
