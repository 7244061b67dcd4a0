namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>Where the team-written evaluation corpus lies (read where it lies, never copied).</summary>
internal static class CorpusPaths
{
    public static string Root { get; } = PolicyGraph.Testing.RepositoryRoot.Combine("tests", "corpus");

    public static string Documents { get; } = Path.Combine(Root, "documents");

    public static string Gold { get; } = Path.Combine(Root, "gold");
}
