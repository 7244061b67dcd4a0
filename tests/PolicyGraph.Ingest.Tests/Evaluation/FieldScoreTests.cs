using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

public class FieldScoreTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_the_counts()
    {
        var score = new FieldScore(6, 2, 4);
        Assert.Equal(0.75, score.Precision, 10);
        Assert.Equal(0.6, score.Recall, 10);
        Assert.Equal(12.0 / 18.0, score.F1, 10);
    }

    [Fact]
    public void A_field_with_no_values_on_either_side_has_no_data()
    {
        Assert.False(FieldScore.Zero.HasData);
        Assert.True(new FieldScore(0, 0, 1).HasData);
        Assert.Equal(0.0, new FieldScore(0, 0, 1).F1);
    }

    [Fact]
    public void Text_keys_forgive_spacing_half_width_punctuation_and_a_closing_mark_only()
    {
        Assert.Equal(TextKey.Of("推进（跨境）贸易便利化。"), TextKey.Of(" 推进(跨境)贸易便利化 "));
        Assert.NotEqual(TextKey.Of("市数据局"), TextKey.Of("市数据管理局"));
    }
}
