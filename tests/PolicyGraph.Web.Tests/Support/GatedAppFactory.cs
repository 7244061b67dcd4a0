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

    /// <summary>Long by default: a held query must not meet the answer deadline while the test needs its slot taken.</summary>
    protected virtual TimeSpan QueryTimeout => TimeSpan.FromMinutes(5);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PolicyGraph:Web:ConsoleConcurrency", "1");
        builder.UseSetting("PolicyGraph:Web:ConsoleQueueLength", "1");
        builder.UseSetting("PolicyGraph:Web:ConsoleQueueTimeout", QueueTimeout.ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("PolicyGraph:Web:QueryTimeout", QueryTimeout.ToString("c", CultureInfo.InvariantCulture));
        builder.UseSetting("PolicyGraph:Web:ConsoleStopGrace", "00:00:00.1");
        builder.ConfigureServices(services => services.AddSingleton<IGraphBackend>(Backend));
    }
}

/// <summary>The gated app whose queued console queries give up after a fifth of a second.</summary>
public sealed class ShortQueueWaitAppFactory : GatedAppFactory
{
    protected override TimeSpan QueueTimeout => TimeSpan.FromMilliseconds(200);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Every test client shares one address: the per-client rate limit (429) must not stand in for admission (503),
        // however fast the machine answers.
        builder.UseSetting("PolicyGraph:Web:ConsolePermitsPerWindow", "100000000");
    }
}

/// <summary>The gated app with a fifth-of-a-second timeout and queue wait, to see the answer deadline act.</summary>
public sealed class ShortDeadlineAppFactory : GatedAppFactory
{
    protected override TimeSpan QueueTimeout => TimeSpan.FromMilliseconds(200);

    protected override TimeSpan QueryTimeout => TimeSpan.FromMilliseconds(200);
}
