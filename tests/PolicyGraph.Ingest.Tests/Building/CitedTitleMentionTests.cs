using System.Text;

namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>Names inside a cited title (《…》) are not mentions; a 《 left open before another title blanks nothing.</summary>
public sealed class CitedTitleMentionTests
{
    private static IReadOnlyCollection<string> MentionedIds(string paragraph)
    {
        var text = $"福建省推进贸易便利化工作方案\n\n一、总体要求\n\n{paragraph}\n";
        var result = CorpusLoader.LoadBytes([new("plan.txt", Encoding.UTF8.GetBytes(text))]);
        return result.Graph.Relationships.Where(r => r.Type == "MENTIONS").Select(r => r.EndId).ToList();
    }

    [Fact]
    public void A_name_inside_a_closed_title_is_not_mentioned()
    {
        Assert.DoesNotContain("agency:福建海事局", MentionedIds("依照《福建海事局工作规则》开展工作，加强监督。"));
    }

    [Fact]
    public void A_name_after_a_bracket_left_open_is_mentioned_and_the_closed_title_after_it_is_not()
    {
        var mentioned = MentionedIds("依照《福建海事局有关规定和《福建省通信管理局工作规则》开展工作，加强监督。");

        Assert.Contains("agency:福建海事局", mentioned);
        Assert.DoesNotContain("agency:福建省通信管理局", mentioned);
    }

    [Fact]
    public void The_same_names_outside_titles_are_mentioned()
    {
        var mentioned = MentionedIds("福建海事局、福建省通信管理局加强监督。");

        Assert.Contains("agency:福建海事局", mentioned);
        Assert.Contains("agency:福建省通信管理局", mentioned);
    }
}
