using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PolicyGraph.Core.Querying;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>
/// The sample app with one console slot, a queue of one, and <see cref="GatedBackend"/> as its engine, so a test
/// decides when the slot is taken and when it frees up.
/// </summary>
public class GatedAppFactory : SampleAppFactory
{
    public GatedBackend Backend { get; } = new();

    /// <summary>How long a queued console query waits for the slot; long by default so only the test ends a wait.</summary>
    protected virtual TimeSpan QueueTimeout => TimeSpan.FromMinutes(5);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PolicyGraph:Web:ConsoleConcurrency", "1");
        builder.UseSetting("PolicyGraph:Web:ConsoleQueueLength", "1");
        builder.UseSetting("PolicyGraph:Web:ConsoleQueueTimeout", QueueTimeout.ToString("c", CultureInfo.InvariantCulture));
        // A held query must not hit the answer deadline while the test still needs its slot taken.
        builder.UseSetting("PolicyGraph:Web:QueryTimeout", "00:05:00");
        builder.ConfigureServices(services => services.AddSingleton<IGraphBackend>(Backend));
    }
}

/// <summary>The gated app whose queued console queries give up after a fifth of a second.</summary>
public sealed class ShortQueueWaitAppFactory : GatedAppFactory
{
    protected override TimeSpan QueueTimeout => TimeSpan.FromMilliseconds(200);
}
