using Xunit.Abstractions;
namespace PolicyGraph.Cypher.Tests;
public sealed class ScratchProbe(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1000)]
    [InlineData(5000)]
    [InlineData(20000)]
    public void Probe(int n)
    {
        var q = "RETURN " + string.Join(" + ", Enumerable.Repeat("1", n)) + " AS x";
        var t = new Thread(() => { var tree = CypherFrontEnd.Compile(q); CypherPrinter.Print(tree); tree.Equals(CypherFrontEnd.Parse(q)); }, 256 * 1024);
        t.Start(); t.Join();
        output.WriteLine("ok " + n);
    }
}
