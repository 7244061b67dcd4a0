namespace PolicyGraph.Benchmarks;

/// <summary>Hears about a benchmark's progress, so long runs can print as they go.</summary>
public interface IBenchmarkObserver
{
    void Loaded(LoadMeasurement load);

    void Measured(QueryMeasurement measurement);
}

/// <summary>Prints the load line, then one table row per query as soon as it is measured.</summary>
public sealed class TableWriterObserver(TextWriter output, IReadOnlyList<BenchQuery> queries) : IBenchmarkObserver
{
    private readonly int _width = BenchmarkReport.NameWidth(queries);

    public void Loaded(LoadMeasurement load)
    {
        BenchmarkReport.WriteLoad(output, load);
        BenchmarkReport.WriteHeader(output, _width);
    }

    public void Measured(QueryMeasurement measurement) => BenchmarkReport.WriteRow(output, measurement, _width);
}
