using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>The app on a store on disk (Graph:DataDirectory) that another process writes, as deployed beside the CLI's load.</summary>
public sealed class StoreAppFactory(string store) : SampleAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:DataDirectory", store);
    }

    /// <summary>
    /// The status of <paramref name="path"/> once it is no longer 404: the app's reader polls the log, so a commit
    /// shows after a poll. Awaited for a bounded number of polls, not timed.
    /// </summary>
    public static async Task<HttpStatusCode> EventualStatusAsync(HttpClient client, string path)
    {
        var status = HttpStatusCode.NotFound;
        for (var attempt = 0; attempt < 120 && status == HttpStatusCode.NotFound; attempt++)
        {
            if (attempt > 0) await Task.Delay(250);
            using var response = await client.GetAsync(path);
            status = response.StatusCode;
        }
        return status;
    }
}
