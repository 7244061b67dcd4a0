using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Web.Layout;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>The sample app laying out no view (at most one node) on a backend that counts its reads.</summary>
public sealed class NoLayoutCountingAppFactory : SampleAppFactory
{
    public CountingBackend Backend { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PolicyGraph:Web:Layout:MaxNodes", "1");
        // Only requests read the graph here (the test counts their reads).
        builder.UseSetting("PolicyGraph:Web:Layout:PrepareWholeGraph", "false");
        builder.ConfigureServices(services => services.AddSingleton<IGraphBackend>(Backend));
    }
}

/// <summary>The sample app whose layouts the test holds (<see cref="HeldLayout"/>), requests not waiting for them.</summary>
public sealed class HeldLayoutAppFactory : SampleAppFactory
{
    public HeldLayout Layout { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton(
            new ServerLayout(new ServerLayoutOptions { Wait = TimeSpan.Zero }, NullLogger<ServerLayout>.Instance, Layout.Compute)));
    }
}

/// <summary>What a served view says about its layout.</summary>
public static class ServedLayout
{
    /// <summary>Whether a node of a served view carries the server's position.</summary>
    public static bool Positioned(Newtonsoft.Json.Linq.JToken node) => node["position"] is { Type: not Newtonsoft.Json.Linq.JTokenType.Null };
}
