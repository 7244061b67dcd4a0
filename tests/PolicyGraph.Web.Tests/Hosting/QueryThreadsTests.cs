using PolicyGraph.Web.Hosting;

namespace PolicyGraph.Web.Tests.Hosting;

public class QueryThreadsTests
{
    [Fact]
    public async Task Work_runs_on_a_thread_named_for_its_owner()
    {
        using var threads = new QueryThreads(1, 0, "server-layout");

        var name = await threads.RunAsync(() => Task.FromResult(Thread.CurrentThread.Name));

        Assert.Equal("server-layout-1", name);
    }
}
