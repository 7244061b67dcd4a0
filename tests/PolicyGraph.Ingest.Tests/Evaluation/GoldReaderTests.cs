using PolicyGraph.Ingest.Evaluation;

namespace PolicyGraph.Ingest.Tests.Evaluation;

public class GoldReaderTests
{
    private const string Valid = """
        {
          "file": "plan.txt",
          "level": "provincial",
          "jurisdiction": "广东省",
          "layout": "若干措施",
          "items": [
            {
              "number": 3,
              "section": "二、优化通关服务",
              "kind": "measure",
              "title": "推进跨境贸易便利化",
              "units": [ { "asWritten": "省商务厅", "canonical": "广东省商务厅", "role": "lead" },
                         { "asWritten": "海关总署广东分署", "canonical": "海关总署广东分署", "role": null } ],
              "scope": "全省",
              "zones": ["广东省"],
              "novelty": null,
              "deadline": "2025年底前"
            }
          ]
        }
        """;

    [Fact]
    public void Reads_every_field_of_an_item()
    {
        var gold = GoldReader.Parse(Valid, "plan.txt.gold.json");
        var item = Assert.Single(gold.Items);
        Assert.Equal(("plan.txt", "provincial", "广东省"), (gold.File, gold.Level, gold.Jurisdiction));
        Assert.Equal((3, "二、优化通关服务", "measure", "推进跨境贸易便利化"), (item.Number, item.Section, item.Kind, item.Title));
        Assert.Equal([new GoldUnit("省商务厅", "广东省商务厅", "lead"), new GoldUnit("海关总署广东分署", "海关总署广东分署", null)], item.Units);
        Assert.Equal(("全省", "2025年底前"), (item.Scope, item.Deadline));
        Assert.Equal(["广东省"], item.Zones);
        Assert.Null(item.Novelty);
    }

    [Theory]
    [InlineData("\"role\": \"lead\"", "\"role\": \"first\"", "plan.txt.gold.json:12: \"role\" must be null or one of")]
    [InlineData("\"number\": 3", "\"number\": \"三\"", "plan.txt.gold.json:8: \"number\" must be an integer")]
    [InlineData("\"kind\": \"measure\"", "\"kind\": \"task\"", "plan.txt.gold.json:10: \"kind\" must be one of")]
    [InlineData("\"title\": \"推进跨境贸易便利化\",", "", "plan.txt.gold.json:7: \"title\" is required")]
    [InlineData("\"zones\": [\"广东省\"]", "\"zones\": \"广东省\"", "plan.txt.gold.json:15: \"zones\" must be an array")]
    public void A_broken_item_is_reported_with_file_and_line(string from, string to, string expectedStart)
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Parse(Valid.Replace(from, to), "plan.txt.gold.json"));
        Assert.StartsWith(expectedStart, ex.Message);
    }

    [Fact]
    public void A_gold_file_must_be_named_for_its_document()
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Parse(Valid, "other.txt.gold.json"));
        Assert.Contains("'plan.txt'", ex.Message);
        Assert.Contains("'other.txt'", ex.Message);
    }

    [Fact]
    public void Invalid_json_names_the_file_and_line()
    {
        var ex = Assert.Throws<GoldFormatException>(() => GoldReader.Parse("{\n  \"file\": \"a.txt\",\n  \"items\": [ }\n", "a.txt.gold.json"));
        Assert.StartsWith("a.txt.gold.json:3: not valid JSON", ex.Message);
    }
}
