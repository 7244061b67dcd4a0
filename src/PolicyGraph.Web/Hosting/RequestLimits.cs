using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
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
            // An endpoint may set its own limit (document uploads); Kestrel's is raised to match for chunked bodies.
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
                ?? context.RequestServices.GetRequiredService<IOptions<PolicyGraphWebOptions>>().Value.MaxRequestBodyBytes;
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
                bodySize.MaxRequestBodySize = limit;
            if (context.Request.ContentLength > limit)
            {
                await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                    detail: $"Requests may carry at most {limit} bytes.").ExecuteAsync(context);
                return;
            }
            await next(context);
        });
}
