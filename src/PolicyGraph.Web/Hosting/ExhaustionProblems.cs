using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using PolicyGraph.Web.Endpoints;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// A request that ran the server out of memory (the GC heap hard limit) or of stack answers 503 with Retry-After,
/// not 500: the request was refused for the server's sake and may succeed later. Anything else stays a 500.
/// </summary>
public sealed class ExhaustionProblems(IProblemDetailsService problems, IOptions<PolicyGraphWebOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (OutOfMemoryException or InsufficientExecutionStackException))
            return false;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = Problems.RetryAfterSeconds(options.Value.QueryTimeout);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Server out of resources",
                Detail = "The request needed more memory or stack than the server allows; try again shortly.",
            },
        });
    }
}
