namespace PolicyGraph.Web.Hosting;

/// <summary>
/// Source maps are a developer's tool: outside Development a request for one is 404 even if a Debug build left one
/// in wwwroot (Release builds do not write them and publishing leaves them out).
/// </summary>
public static class SourceMaps
{
    public static IApplicationBuilder UseSourceMapsOnlyInDevelopment(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        return app.Use(async (context, next) =>
        {
            if (!environment.IsDevelopment() && context.Request.Path.Value?.EndsWith(".map", StringComparison.OrdinalIgnoreCase) == true)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next(context);
        });
    }
}
