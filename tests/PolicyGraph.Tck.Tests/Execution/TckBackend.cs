using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded;
using PolicyGraph.Embedded.Execution;
using PolicyGraph.Testing.Tck;
using PolicyGraph.Tck.Tests.Values;

namespace PolicyGraph.Tck.Tests.Execution;

/// <summary>Creates the engine under test (a fresh, empty embedded graph per scenario) and registers stub procedures.</summary>
public static class TckBackend
{
    public static IGraphBackend Create() => new EmbeddedGraphBackend();

    /// <summary>
    /// "there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):" with a table whose header names
    /// the inputs then the outputs, and whose rows give the outputs returned for each input tuple.
    /// </summary>
    public static void RegisterProcedure(IGraphBackend backend, string signatureText, DataTable table)
    {
        if (backend is not EmbeddedGraphBackend embedded)
            throw new TckScenarioException($"Unsupported: the {backend.Name} backend cannot register test procedures.");
        ProcedureSignature signature;
        try
        {
            signature = ProcedureSignature.Parse(signatureText);
        }
        catch (FormatException ex)
        {
            throw new TckScenarioException($"Bad procedure signature: {ex.Message}", ex);
        }
        var width = signature.Inputs.Count + signature.Outputs.Count;
        var header = table.Rows.Count > 0 ? table.Rows[0] : [];
        if (header.Count != width)
            throw new TckScenarioException($"The procedure table has {header.Count} columns; the signature has {width} fields.");
        var rows = table.Rows.Skip(1)
            .Select(row => (IReadOnlyList<object?>)row.Select(cell => ValueConversion.ToParameter(TckValueParser.Parse(cell))).ToArray())
            .ToArray();
        embedded.Procedures.Register(Procedure.FromTable(signature, rows));
    }
}
