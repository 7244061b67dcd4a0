namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Headers that keep untrusted document text inert in the browser: scripts and styles only from this origin
/// (no inline script), no framing, no MIME sniffing. Images allow data:/blob: for the PNG export.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The interactive API page (Scalar) configures itself with inline script and style; it shows only our OpenAPI document.</summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public const string ApiReferencePath = "/scalar";

    /// <summary>
    /// Set when the response starts, not when the request comes in: the exception handler and status-code pages
    /// clear the headers of a failed response, and every answer (400, 404, 500, 503 included) must carry them.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context.Response.Headers, context.Request.Path.StartsWithSegments(ApiReferencePath));
                return Task.CompletedTask;
            });
            await next(context);
        });

    private static void Apply(IHeaderDictionary headers, bool apiReference)
    {
        headers.ContentSecurityPolicy = apiReference ? ApiReferencePolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
