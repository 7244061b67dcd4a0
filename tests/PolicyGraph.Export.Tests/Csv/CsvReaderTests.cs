using PolicyGraph.Export.Csv;

namespace PolicyGraph.Export.Tests.Csv;

public sealed class CsvReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pg-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Accepts_id_groups_untyped_columns_and_ignore()
    {
        var people = File("people.csv", "personId:ID(Person),name,age:int,secret:IGNORE,:LABEL\np1,Ann,41,x,Person;Employee\n");
        var firms = File("firms.csv", "firmId:ID(Firm),name\np1,Acme\n");
        var works = File("works.csv", ":START_ID(Person),:END_ID(Firm),:TYPE,since:long\r\np1,p1,WORKS_AT,2019\r\n");
        var error = Assert.Throws<CsvFormatException>(() => CsvGraphReader.Read([people, firms], [works]));
        Assert.Contains("firms.csv:2", error.Message);

        var firmsUnique = File("firms2.csv", "firmId:ID(Firm),name\nf1,Acme\n");
        var works2 = File("works2.csv", ":START_ID(Person),:END_ID(Firm),:TYPE,since:long\np1,f1,WORKS_AT,2019\n");
        var graph = CsvGraphReader.Read([people, firmsUnique], [works2]);
        var ann = graph.FindNode("p1")!;
        Assert.Equal(["Person", "Employee"], ann.Labels);
        Assert.Equal("Ann", ann["name"]);
        Assert.Equal(41L, ann["age"]);
        Assert.Equal("p1", ann["personId"]);
        Assert.Null(ann["secret"]);
        var rel = Assert.Single(graph.Relationships);
        Assert.Equal(("WORKS_AT:p1->f1", "f1", 2019L), (rel.Id, rel.EndId, rel["since"]));
    }

    [Fact]
    public void Empty_unquoted_fields_are_absent_and_quoted_ones_are_empty_strings()
    {
        var nodes = File("n.csv", "id:ID,a,b\nn1,,\"\"\n");
        var node = CsvGraphReader.Read([nodes], []).FindNode("n1")!;
        Assert.False(node.Properties.ContainsKey("a"));
        Assert.Equal("", node["b"]);
    }

    [Fact]
    public void Quoted_fields_may_span_lines_and_errors_report_the_record_line()
    {
        var nodes = File("n.csv", "id:ID,text,n:long\nn1,\"two\nlines\",1\nn2,ok,notanumber\n");
        var error = Assert.Throws<CsvFormatException>(() => CsvGraphReader.Read([nodes], []));
        Assert.Equal(4, error.Line);
        Assert.Contains("n.csv:4", error.Message);
        Assert.Contains("n:long", error.Message);
    }

    [Theory]
    [InlineData("id:ID,x:date\n", "unsupported column type 'date'")]
    [InlineData("name,x\n", "needs one ':ID' column")]
    [InlineData("id:ID,\"open\n", "not closed")]
    public void Bad_headers_name_file_and_line(string text, string message)
    {
        var error = Assert.Throws<CsvFormatException>(() => CsvGraphReader.Read([File("bad.csv", text)], []));
        Assert.Contains(message, error.Message);
        Assert.StartsWith(Path.Combine(_dir, "bad.csv") + ":", error.Message);
    }

    [Fact]
    public void Unknown_endpoints_and_duplicate_ids_are_errors()
    {
        var nodes = File("n.csv", "id:ID\na\n");
        var rels = File("r.csv", ":START_ID,:END_ID,:TYPE\na,zz,T\n");
        Assert.Contains("no node has id 'zz'", Assert.Throws<CsvFormatException>(() => CsvGraphReader.Read([nodes], [rels])).Message);
        var dup = File("d.csv", "id:ID\na\n");
        Assert.Contains("already used at", Assert.Throws<CsvFormatException>(() => CsvGraphReader.Read([nodes, dup], [])).Message);
    }

    [Fact]
    public void Repeated_relationships_without_ids_get_discriminators()
    {
        var nodes = File("n.csv", "id:ID\na\nb\n");
        var rels = File("r.csv", ":START_ID,:END_ID,:TYPE\na,b,T\na,b,T\n");
        var ids = CsvGraphReader.Read([nodes], [rels]).Relationships.Select(r => r.Id);
        Assert.Equal(["T:a->b", "T:a->b:2"], ids);
    }

    [Fact]
    public void Missing_files_and_unwritable_labels_are_reported()
    {
        var missing = Path.Combine(_dir, "nope.csv");
        Assert.Contains("nope.csv", Assert.Throws<FileNotFoundException>(() => CsvGraphReader.Read([missing], [])).Message);
        var node = new PolicyGraph.Core.Model.GraphNode("n", ["A;B"], new Dictionary<string, object>());
        var graph = new PolicyGraph.Core.Model.PropertyGraph([node], []);
        Assert.Contains("'A;B'", Assert.Throws<ArgumentException>(() => CsvGraphWriter.Write(graph, Path.Combine(_dir, "out"))).Message);
    }
}
