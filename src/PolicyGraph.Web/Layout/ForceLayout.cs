namespace PolicyGraph.Web.Layout;

/// <summary>Spacing and work bounds of <see cref="ForceLayout"/>.</summary>
/// <param name="EdgeLength">Distance the forces settle an edge at, in Cytoscape model units (nodes are 22–58 wide).</param>
/// <param name="WorkBudget">Approximate force evaluations allowed in all: iterations shrink as views grow, so a layout of
/// 5,000 nodes and 20,000 edges takes about as long as one of 20,000 nodes, and every layout ends in bounded time.</param>
public sealed record ForceLayoutSettings(
    double EdgeLength = 90,
    int MinIterations = 40,
    int MaxIterations = 300,
    double WorkBudget = 30_000_000,
    double Theta = 1.0,
    double Gravity = 1.5)
{
    public static ForceLayoutSettings Default { get; } = new();
}

/// <summary>
/// A deterministic force-directed layout (Fruchterman–Reingold forces, repulsion approximated with a Barnes–Hut
/// quadtree): no randomness, so the same view gets the same picture on every reload and in every shared link.
/// Nodes start near their breadth-first parent, components apart on a spiral; the forces then untangle them.
/// </summary>
public static class ForceLayout
{
    private const double GoldenAngle = 2.399963229728653;

    /// <param name="cancellationToken">Checked once per iteration: a layout nobody needs any more stops within a step.</param>
    public static (double X, double Y)[] Compute(LayoutGraph graph, ForceLayoutSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= ForceLayoutSettings.Default;
        var n = graph.NodeCount;
        var x = new double[n];
        var y = new double[n];
        if (n == 0)
            return [];
        var neighbours = Adjacency(graph);
        PlaceInitially(neighbours, x, y, settings.EdgeLength);
        var edgeLengths = EdgeLengths(graph, neighbours, settings.EdgeLength);
        var iterations = Iterations(graph, settings);
        var start = settings.EdgeLength * Math.Sqrt(n) / 4;
        var tree = new QuadTree(n);
        var (fx, fy) = (new double[n], new double[n]);
        for (var step = 0; step < iterations; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Array.Clear(fx);
            Array.Clear(fy);
            tree.Build(x, y);
            Repel(tree, x, y, fx, fy, settings);
            Attract(graph, edgeLengths, x, y, fx, fy);
            Gravitate(x, y, fx, fy, settings);
            var temperature = settings.EdgeLength / 10 + start * (1 - (double)step / iterations);
            Move(x, y, fx, fy, temperature);
        }
        return Enumerable.Range(0, n).Select(i => (Math.Round(x[i], 1), Math.Round(y[i], 1))).ToArray();
    }

    /// <summary>How many steps a view gets: as many as the work budget allows, within the settings' bounds.</summary>
    public static int Iterations(LayoutGraph graph, ForceLayoutSettings settings)
    {
        var n = Math.Max(2, graph.NodeCount);
        var perStep = 4 * n * Math.Log2(n) + graph.Edges.Count;
        return (int)Math.Clamp(settings.WorkBudget / perStep, settings.MinIterations, settings.MaxIterations);
    }

    private static int[][] Adjacency(LayoutGraph graph)
    {
        var lists = Enumerable.Range(0, graph.NodeCount).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in graph.Edges)
        {
            lists[a].Add(b);
            lists[b].Add(a);
        }
        return lists.Select(l => l.ToArray()).ToArray();
    }

    // Edges at a busy node are longer, so a hub's many neighbours get room around it instead of forming one knot.
    private static double[] EdgeLengths(LayoutGraph graph, int[][] neighbours, double length) =>
        graph.Edges.Select(e => length * Math.Min(3, 0.6 + 0.35 * Math.Sqrt(Math.Max(neighbours[e.Source].Length, neighbours[e.Target].Length))))
            .ToArray();

    /// <summary>
    /// Each component grows breadth-first from its best-connected node, children spread around their parent; the
    /// components' roots sit on a spiral with room for what grows from them.
    /// </summary>
    private static void PlaceInitially(int[][] neighbours, double[] x, double[] y, double length)
    {
        var n = neighbours.Length;
        var placed = new bool[n];
        var byDegree = Enumerable.Range(0, n).OrderByDescending(i => neighbours[i].Length).ThenBy(i => i).ToArray();
        var laidOut = 0;
        var queue = new Queue<int>();
        foreach (var root in byDegree)
        {
            if (placed[root])
                continue;
            var radius = length * 1.5 * Math.Sqrt(laidOut);
            (x[root], y[root]) = (radius * Math.Cos(laidOut * GoldenAngle), radius * Math.Sin(laidOut * GoldenAngle));
            placed[root] = true;
            queue.Enqueue(root);
            while (queue.TryDequeue(out var parent))
            {
                laidOut++;
                var children = neighbours[parent].Where(c => !placed[c]).ToArray();
                for (var j = 0; j < children.Length; j++)
                {
                    var angle = parent * GoldenAngle + 2 * Math.PI * j / children.Length;
                    var distance = length * (0.5 + 0.5 * Math.Sqrt(children.Length) / 2);
                    (x[children[j]], y[children[j]]) = (x[parent] + distance * Math.Cos(angle), y[parent] + distance * Math.Sin(angle));
                    placed[children[j]] = true;
                    queue.Enqueue(children[j]);
                }
            }
        }
    }

    private static void Repel(QuadTree tree, double[] x, double[] y, double[] fx, double[] fy, ForceLayoutSettings settings)
    {
        var k2 = settings.EdgeLength * settings.EdgeLength;
        for (var i = 0; i < x.Length; i++)
        {
            var (rx, ry) = tree.Repulsion(i, x[i], y[i], settings.Theta);
            fx[i] += k2 * rx;
            fy[i] += k2 * ry;
        }
    }

    private static void Attract(LayoutGraph graph, double[] lengths, double[] x, double[] y, double[] fx, double[] fy)
    {
        for (var e = 0; e < lengths.Length; e++)
        {
            var (a, b) = graph.Edges[e];
            var (dx, dy) = (x[b] - x[a], y[b] - y[a]);
            var distance = Math.Sqrt(dx * dx + dy * dy);
            if (distance < 1e-9)
                continue;
            // Fruchterman–Reingold attraction d²/k, as a vector: d/k times the difference.
            var pull = distance / lengths[e];
            fx[a] += dx * pull;
            fy[a] += dy * pull;
            fx[b] -= dx * pull;
            fy[b] -= dy * pull;
        }
    }

    // A pull towards the centre, growing with distance, so components and lone nodes do not drift apart.
    private static void Gravitate(double[] x, double[] y, double[] fx, double[] fy, ForceLayoutSettings settings)
    {
        for (var i = 0; i < x.Length; i++)
        {
            fx[i] -= settings.Gravity * x[i];
            fy[i] -= settings.Gravity * y[i];
        }
    }

    private static void Move(double[] x, double[] y, double[] fx, double[] fy, double temperature)
    {
        for (var i = 0; i < x.Length; i++)
        {
            var force = Math.Sqrt(fx[i] * fx[i] + fy[i] * fy[i]);
            if (force < 1e-9)
                continue;
            var step = Math.Min(force, temperature) / force;
            x[i] += fx[i] * step;
            y[i] += fy[i] * step;
        }
    }
}
