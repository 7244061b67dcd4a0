using System.Diagnostics;
using PolicyGraph.Web.Layout;
using PolicyGraph.Web.Tests.Support;
using Xunit.Abstractions;

namespace PolicyGraph.Web.Tests.Layout;

public class ForceLayoutTests(ITestOutputHelper output)
{
    private static double Distance((double X, double Y) a, (double X, double Y) b) => Math.Sqrt((a.X - b.X) * (a.X - b.X) + (a.Y - b.Y) * (a.Y - b.Y));

    /// <summary>Two cliques of <paramref name="size"/> nodes joined by a single edge.</summary>
    private static LayoutGraph TwoClusters(int size)
    {
        var ids = Enumerable.Range(0, 2 * size).Select(i => $"n{i:D3}").ToArray();
        var links = new List<(string, string)>();
        foreach (var offset in new[] { 0, size })
            for (var i = 0; i < size; i++)
                for (var j = i + 1; j < size; j++)
                    links.Add((ids[offset + i], ids[offset + j]));
        links.Add((ids[0], ids[size]));
        return LayoutGraph.From(ids, links);
    }

    [Fact]
    public void Views_whose_ids_run_together_differently_have_different_keys()
    {
        var one = LayoutGraph.From(["a\0b"], []);
        var two = LayoutGraph.From(["a", "b"], []);

        Assert.NotEqual(one.Key, two.Key);
    }

    [Fact]
    public void A_cancelled_layout_stops_instead_of_running_its_iterations()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ForceLayout.Compute(TwoClusters(5), null, cancelled.Token));
    }

    [Fact]
    public void The_same_view_gets_the_same_positions_whatever_order_its_elements_came_in()
    {
        var forward = TwoClusters(8);
        var reversed = LayoutGraph.From(forward.Ids.Reverse(), forward.Edges.Reverse().Select(e => (forward.Ids[e.Target], forward.Ids[e.Source])));

        Assert.Equal(forward.Key, reversed.Key);
        Assert.Equal(ForceLayout.Compute(forward), ForceLayout.Compute(reversed));
    }

    [Fact]
    public void A_different_view_has_a_different_key()
    {
        var graph = TwoClusters(8);
        var fewer = LayoutGraph.From(graph.Ids, graph.Edges.Skip(1).Select(e => (graph.Ids[e.Source], graph.Ids[e.Target])));

        Assert.NotEqual(graph.Key, fewer.Key);
    }

    [Fact]
    public void Nodes_of_one_cluster_sit_closer_to_each_other_than_to_the_other_cluster()
    {
        const int size = 10;
        var positions = ForceLayout.Compute(TwoClusters(size));

        var within = new List<double>();
        var across = new List<double>();
        for (var i = 0; i < 2 * size; i++)
            for (var j = i + 1; j < 2 * size; j++)
                (i / size == j / size ? within : across).Add(Distance(positions[i], positions[j]));
        Assert.True(within.Average() * 2 < across.Average(), $"within {within.Average():0}, across {across.Average():0}");
    }

    [Fact]
    public void A_star_s_leaves_are_spread_around_their_hub_without_overlapping()
    {
        var ids = Enumerable.Range(0, 41).Select(i => $"n{i:D2}").ToArray();
        var positions = ForceLayout.Compute(LayoutGraph.From(ids, ids.Skip(1).Select(leaf => (ids[0], leaf))));

        var closest = Enumerable.Range(1, 40).SelectMany(i => Enumerable.Range(i + 1, 40 - i), (i, j) => Distance(positions[i], positions[j])).Min();
        Assert.True(closest > ForceLayoutSettings.Default.EdgeLength / 4, $"two leaves only {closest:0.0} apart");
    }

    [Fact]
    public void Lone_nodes_get_distinct_finite_positions_near_the_rest()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"n{i:D3}").ToArray();
        var positions = ForceLayout.Compute(LayoutGraph.From(ids, [(ids[0], ids[1])]));

        Assert.All(positions, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
        Assert.Equal(200, positions.Distinct().Count());
        // About one edge length of room per node: not flung apart, not heaped up.
        var span = Math.Max(positions.Max(p => p.X) - positions.Min(p => p.X), positions.Max(p => p.Y) - positions.Min(p => p.Y));
        output.WriteLine($"span {span:0}");
        Assert.InRange(span, ForceLayoutSettings.Default.EdgeLength * 5, ForceLayoutSettings.Default.EdgeLength * 60);
    }

    [Fact]
    public void Big_views_get_fewer_steps_so_the_work_stays_within_the_budget()
    {
        var settings = ForceLayoutSettings.Default;
        var small = ForceLayout.Iterations(TwoClusters(10), settings);
        var large = ForceLayout.Iterations(SyntheticView.Graph(20_000, 40_000), settings);

        Assert.Equal(settings.MaxIterations, small);
        Assert.InRange(large, settings.MinIterations, settings.MaxIterations - 1);
    }

    /// <summary>Prints the time of the benchmark's synthetic 5k/20k view (figures only; nothing judged on time).</summary>
    [Fact]
    public void A_5k_20k_view_is_laid_out_with_finite_distinct_positions()
    {
        var graph = SyntheticView.Graph(5_000, 20_000);
        var clock = Stopwatch.StartNew();
        var positions = ForceLayout.Compute(graph);
        output.WriteLine($"5,000 nodes / {graph.Edges.Count} edges: {ForceLayout.Iterations(graph, ForceLayoutSettings.Default)} steps, {clock.ElapsedMilliseconds} ms");

        Assert.All(positions, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
        Assert.True(positions.Distinct().Count() > 4_990);
    }
}
