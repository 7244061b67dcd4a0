using PolicyGraph.Core.Querying;
using PolicyGraph.Embedded.Tests.Execution;

namespace PolicyGraph.Embedded.Tests.Search;

/// <summary>db.index.fulltext.queryNodes over a FULLTEXT index created by a schema statement, as on Neo4j.</summary>
public sealed class FullTextProcedureTests : QueryTestBase
{
    private async Task Seed()
    {
        await Run("""
            CREATE FULLTEXT INDEX texts IF NOT EXISTS FOR (n:Measure|Agency) ON EACH [n.title, n.text]
            OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}
            """);
        await Run("""
            CREATE (:Measure {id: 'exact', title: '跨境资金池', text: '开展本外币一体化跨境资金池业务试点。'}),
                   (:Measure {id: 'partial', title: '资金结算', text: '便利跨境贸易资金结算。'}),
                   (:Measure {id: 'apart', title: '资金', text: '设立资金风险池。'}),
                   (:Measure {id: 'other', title: '人才引进', text: '引进高层次人才。'}),
                   (:Zone {id: 'zone', title: '跨境资金池'})
            """);
    }

    private async Task<List<object?>> Ids(string query, string options = "{}")
    {
        var result = await Run($"CALL db.index.fulltext.queryNodes('texts', $q, {options}) YIELD node, score RETURN node.id ORDER BY score DESC, node.id",
            new Dictionary<string, object?> { ["q"] = query });
        return result.Rows.Select(r => r[0]).ToList();
    }

    [Fact]
    public async Task Words_match_any_of_their_bigrams_and_the_closest_text_ranks_first()
    {
        await Seed();

        var ids = await Ids("跨境资金池");

        Assert.Equal("exact", ids[0]);
        Assert.Contains("partial", ids);
        Assert.DoesNotContain("other", ids);
        Assert.DoesNotContain("zone", ids);
    }

    [Fact]
    public async Task A_quoted_phrase_needs_its_terms_in_a_row()
    {
        await Seed();

        Assert.Equal(["exact"], await Ids("\"资金池\""));
    }

    [Fact]
    public async Task And_not_and_property_prefixes_narrow_the_answer()
    {
        await Seed();

        Assert.Equal(["exact"], await Ids("资金 AND 试点"));
        Assert.DoesNotContain("exact", await Ids("资金 NOT 试点"));
        Assert.Equal(["apart"], await Ids("title:资金 -跨境 -结算"));
    }

    [Fact]
    public async Task The_limit_option_and_the_two_argument_form_work()
    {
        await Seed();

        Assert.Single(await Ids("资金", "{limit: 1}"));
        var result = await Run("CALL db.index.fulltext.queryNodes('texts', '人才') YIELD node RETURN node.id");
        Assert.Equal("other", Assert.Single(result.Rows)[0]);
    }

    [Fact]
    public async Task The_index_follows_commits_and_sees_a_transactions_own_writes()
    {
        await Seed();
        Assert.Empty(await Ids("海关"));

        await Run("CREATE (:Measure {id: 'later', text: '海关监管创新。'})");
        var inside = await Run("""
            CREATE (:Agency {id: 'new', title: '海关总署'})
            WITH 1 AS one
            CALL db.index.fulltext.queryNodes('texts', '海关') YIELD node
            RETURN node.id ORDER BY node.id
            """, options: new QueryOptions());

        Assert.Equal(["later"], await Ids("\"海关监管\""));
        Assert.Equal(["later", "new"], inside.Rows.Select(r => r[0]).ToList());
    }

    [Fact]
    public async Task An_unknown_index_is_a_procedure_failure_naming_it()
    {
        var error = await Fails(() => Run("CALL db.index.fulltext.queryNodes('missing', 'x') YIELD node RETURN node"));

        Assert.Equal("ProcedureCallFailed", error.Detail);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }
}
