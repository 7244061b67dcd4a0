using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>Values checked by reading the 7th-batch notice (2019) and the 19th-batch letter (2022).</summary>
public class InnovationBatchTests
{
    private static readonly ParsedDocument Seventh = TestCorpus.Parse(TestCorpus.SeventhBatch);
    private static readonly ParsedDocument Nineteenth = TestCorpus.Parse(TestCorpus.NineteenthBatch);

    [Fact]
    public void Reads_the_letter_front_matter()
    {
        var m = Nineteenth.Metadata;
        Assert.Equal("省自贸办关于发布福建自贸试验区第19批创新举措评估结果的函", m.Title);
        Assert.Equal("闽自贸办函〔2022〕15号", m.DocNumber);
        Assert.Equal(new DateOnly(2022, 8, 5), m.IssuedOn);
        Assert.Equal("中国（福建）自由贸易试验区工作领导小组办公室", m.Issuer);
        Assert.Equal(Genres.InnovationBatch, m.Genre);
    }

    [Fact]
    public void Batch_numbers_written_in_digits_or_chinese_become_integers()
    {
        Assert.Equal(19, Nineteenth.Batch!.Number);
        Assert.Equal(7, Seventh.Batch!.Number);
    }

    [Fact]
    public void Counts_novelty_and_taiwan_items_as_the_letter_states()
    {
        var innovations = Nineteenth.Measures.Select(m => m.Innovation!).ToList();
        Assert.Equal(48, innovations.Count);
        Assert.Equal(28, innovations.Count(i => i.Novelty == "全国首创"));
        Assert.Equal(19, innovations.Count(i => i.Novelty == "复制拓展"));
        Assert.Equal(1, innovations.Count(i => i.Novelty == "复制"));
        var taiwan = Nineteenth.Measures.Where(m => m.Innovation!.ConcernsTaiwan).Select(m => m.Seq);
        Assert.Equal([6, 15, 16, 21, 22, 23, 27], taiwan);
    }

    [Fact]
    public void Reads_title_text_and_innovation_point_from_html_cells()
    {
        var first = Nineteenth.Measures[0];
        Assert.Equal("海关“智慧企管”平台", first.Title);
        Assert.StartsWith("海关“智慧企管”平台。 集成海关现有企管信息化系统", first.Text);
        Assert.Equal("打造功能集合运用的海关一体化平台，方便企业和海关自身操作管理。", first.Innovation!.InnovationPoint);
        Assert.DoesNotContain("<b>", first.Text);
    }

    [Fact]
    public void Reads_the_stated_totals_of_this_batch_only()
    {
        var totals = Nineteenth.StatedTotals.ToDictionary(t => t.Label, t => t.Count);
        Assert.Equal(new Dictionary<string, int>
        {
            [TotalsExtractor.TotalLabel] = 48, ["全国首创"] = 28, ["复制拓展"] = 19, ["复制"] = 1, [TotalsExtractor.TaiwanLabel] = 7,
        }, totals);
        Assert.All(Nineteenth.StatedTotals, t => Assert.Equal(11, t.Line)); // not "共推出18批515项", which is about earlier batches
    }

    [Fact]
    public void Seventh_batch_pairs_the_twenty_listed_items_with_the_annex_rows()
    {
        var innovations = Seventh.Measures.Where(m => m.Innovation is not null).ToList();
        Assert.Equal(20, innovations.Count);
        Assert.Equal(Enumerable.Range(1, 20), innovations.Select(m => m.Seq).Order());
        Assert.All(innovations, m => Assert.NotNull(m.Table));
        var credit = innovations.Single(m => m.Seq == 13);
        Assert.Equal("台商台胞金融信用证书颁证", credit.Title);
        Assert.Equal(("平潭片区", "全省", "人行福州中心支行人行厦门市中心支行省委台港澳办"), (credit.Table!.Pilot, credit.Table.Scope, credit.Table.Units));
        Assert.True(credit.Innovation!.ConcernsTaiwan);
        Assert.Equal(58, credit.Table.Line);
    }

    [Fact]
    public void Seventh_batch_splits_items_that_lost_their_line_breaks()
    {
        var listed = Seventh.Measures.Where(m => m.Innovation is not null).ToDictionary(m => m.Seq);
        Assert.Equal(("空港入境旅客预检系统", 20), (listed[7].Title, listed[7].Line));
        Assert.Equal(("产业职称改革模式", 20), (listed[15].Title, listed[15].Line));
        Assert.Equal("对台货运船舶“直通车”服务", listed[6].Title);
        Assert.Equal("“易（e）用电”供电服务体系", listed[16].Title);
        Assert.Equal("全流程电子化投标保函系统", listed[17].Title); // listed last, after item 20
    }

    [Fact]
    public void Seventh_batch_dates_from_its_publication_line_and_names_its_issuer()
    {
        Assert.Equal(new DateOnly(2019, 11, 26), Seventh.Metadata.IssuedOn);
        Assert.Equal("福建省人民政府", Seventh.Metadata.Issuer);
        Assert.Equal(20, Assert.Single(Seventh.StatedTotals).Count);
    }

    [Fact]
    public void Organisational_items_of_a_notice_are_requirements_apart_from_its_twenty_measures()
    {
        var organisation = Seventh.Sections.Single(s => s.Title == "加强组织实施");
        Assert.Equal(20, Seventh.Measures.Count);
        Assert.DoesNotContain(Seventh.Measures, m => m.SectionPath == organisation.Path);
        Assert.Equal(["切实加强领导", "逐项制定方案", "强化沟通指导", "及时总结评估"], Seventh.Requirements.Select(m => m.Title));
        Assert.All(Seventh.Requirements, m => Assert.Equal((ItemKinds.Requirement, organisation.Path, (InnovationFacts?)null), (m.Kind, m.SectionPath, m.Innovation)));
        Assert.Equal(Seventh.Measures.Count + Seventh.Requirements.Count, Seventh.Measures.Concat(Seventh.Requirements).Select(m => m.Key).Distinct().Count());
    }
}

public class NoveltyColumnNameTests
{
    [Fact]
    public void A_column_named_innovation_degree_holds_the_novelty()
    {
        var document = TestCorpus.ParseText("""
            某省自由贸易试验区第三批制度创新案例

            | 序号 | 案例名称 | 创新点 | 报送单位 | 创新程度 |
            |---|---|---|---|---|
            | 1 | 跨境数据白名单管理 | 建立跨境数据流动白名单。 | 某某片区管委会 | 全国首创 |
            | 2 | 冷链食品一站式查验 | 整合查验环节，一次放行。 | 省市场监管局 | 复制拓展 |
            """);

        Assert.Equal(["全国首创", "复制拓展"], document.Measures.OrderBy(m => m.Seq).Select(m => m.Innovation?.Novelty));
    }

    [Fact]
    public void A_novelty_column_gives_the_vocabulary_s_words_and_nothing_for_a_cell_saying_none()
    {
        var document = TestCorpus.ParseText("""
            某省自由贸易试验区第七批制度创新成果

            | 序号 | 案例名称 | 报送单位 | 创新程度 |
            |---|---|---|---|
            | 1 | 跨境数据白名单管理 | 某某片区管委会 | 国内领先 |
            | 2 | 冷链食品一站式查验 | 省市场监管局 | 暂无 |
            | 3 | 船舶登记便利化 | 省交通运输厅 | 不适用 |
            """);

        Assert.Equal(["国内领先", null, null], document.Measures.OrderBy(m => m.Seq).Select(m => m.Innovation?.Novelty));
    }
}

