namespace PolicyGraph.Fuzzing.Tests;

public class SeedCorpusTests
{
    [Fact]
    public void Cypher_files_give_one_statement_per_semicolon_line_without_comments()
    {
        string[] lines = ["// name: first", "MATCH (a)", "RETURN a", ";", "", "// name: second", "RETURN 1", ";"];

        var statements = SeedCorpus.CypherStatements(lines).ToList();

        Assert.Equal(["MATCH (a)\nRETURN a", "RETURN 1"], statements);
    }

    [Fact]
    public void A_last_statement_without_a_semicolon_line_is_kept()
    {
        Assert.Equal(["RETURN 2"], SeedCorpus.CypherStatements(["// @title x", "RETURN 2"]));
    }

    [Fact]
    public void Feature_files_give_the_text_between_triple_quotes()
    {
        string[] lines =
        [
            "Feature: F", "", "  Scenario: S", "    Given an empty graph", "    When executing query:", "      \"\"\"",
            "      MATCH (n)", "      RETURN n", "      \"\"\"", "    Then the result should be empty",
        ];

        Assert.Equal(["MATCH (n)\nRETURN n"], SeedCorpus.QuotedBlocks(lines));
    }

    [Fact]
    public void A_file_that_is_not_gherkin_gives_no_queries()
    {
        Assert.Empty(SeedCorpus.QuotedBlocks(["\"\"\"", "MATCH (n) RETURN n", "\"\"\""]));
    }

    [Fact]
    public void The_vocabulary_comes_from_the_seed_queries()
    {
        var vocabulary = FuzzVocabulary.From(["MATCH (a:Left)-[r:LINKS]->(b:Right) WHERE a.code = b.code RETURN a"]);

        Assert.Equal(["Left", "Right"], vocabulary.Labels);
        Assert.Equal(["LINKS"], vocabulary.RelationshipTypes);
        Assert.Equal(["code"], vocabulary.PropertyKeys);
    }
}
