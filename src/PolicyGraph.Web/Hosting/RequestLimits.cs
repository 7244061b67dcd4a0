using Microsoft.Extensions.Options;

namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Refuses a declared body larger than the configured limit before anything reads it, with a problem answer.
/// Kestrel's own MaxRequestBodySize (set from the same option) still bounds chunked bodies.
/// </summary>
public static class RequestLimits
{
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<PolicyGraphWebOptions>>().Value.MaxRequestBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                    detail: $"Requests may carry at most {limit} bytes.").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
}
