namespace PolicyGraph.Ingest.Tests;

/// <summary>
/// Made-up documents in three layouts extraction once got wrong: an annex table without a 序号 column, numbered
/// items inside a 专栏 box, and a batch whose submitting unit stands on a line of its own under each item.
/// </summary>
internal static class LayoutGapDocuments
{
    /// <summary>The body restarts its numbering under each heading; the annex table has no 序号 and lists rows in order.</summary>
    public const string UnnumberedTablePlan = """
        宁德市推进自由贸易试验区改革试点经验复制推广实施方案

        一、贸易便利化

        （一）推行进口货物“两段准入”。优化进口货物监管流程，提高通关效率。（实施范围：全市，责任单位：宁德海关）

        （二）推广跨境电商零售进口退货中心仓。支持企业设立退货中心仓。（实施范围：全市，责任单位：市商务局）

        二、投资便利化

        （一）深化商事登记确认制。推行商事主体登记确认制改革。（实施范围：全市，责任单位：市市场监管局）

        附件

        举措名称	实施范围	责任单位
        推行进口货物“两段准入”	全市	宁德海关
        推广跨境电商零售进口退货中心仓	全市	市商务局、市财政局
        深化商事登记确认制	全市	市市场监管局
        """;

    /// <summary>A notice that is only a table without 序号: each row is a measure of its own, numbered by position.</summary>
    public const string TableOnlyBatch = """
        四川自贸试验区第八批制度创新成果

        举措名称	主要做法	报送单位	复制推广范围
        国际班列运单融资	以铁路运单为凭证开展融资。	青白江铁路港片区管委会	全省
        跨境结算便利化	推行优质企业跨境结算便利化。	天府新区片区管委会	全省
        """;

    /// <summary>Boxes whose programmes are numbered: "1. 名称。说明" and heading-like "1. 名称" lines; the box ends at a measure of another style, a heading or the next box.</summary>
    public const string NumberedBoxPlan = """
        中国（海南）自由贸易港“十四五”开放发展规划

        第一章 主要任务

        第一节 推进贸易便利

        一、提升货物贸易便利化水平。建设国际贸易单一窗口，完善功能板块。

        专栏1 货物贸易创新工程

        1. 跨境电商综合试验区。推进跨境电商综合试验区建设，培育跨境电商主体。

        2. 离岸贸易先行区。探索离岸贸易业务模式，完善离岸贸易监管。

        二、推进服务贸易创新发展。探索实施跨境服务贸易负面清单制度，扩大服务业开放。

        专栏2 服务贸易创新工程

        1. 服务贸易创新发展试点

        2. 国家特色服务出口基地

        专栏3 数字贸易工程

        1. 数字贸易平台

        第二节 强化金融开放

        一、扩大金融业开放。支持外资金融机构依法设立分支机构。
        """;

    /// <summary>A batch whose items are "一、名称" with "报送单位：…" (or 牵头单位) on a line of its own, and negative lines.</summary>
    public const string UnitsLineBatch = """
        四川省自贸办关于发布四川自贸试验区第九批最佳实践案例的通知

        各片区管委会：

        现将第九批最佳实践案例印发你们，请认真学习借鉴。

        一、中欧班列运贸一体化模式

        报送单位：青白江铁路港片区管委会

        依托中欧班列，推行运贸一体化，降低企业综合成本。创新点：首创铁路运单物权化。

        二、知识产权质押融资新模式

        建立知识产权评估、质押、处置一体化机制，缓解科技企业融资难。

        牵头单位：天府新区片区管委会、省知识产权服务促进中心

        三、对台港口物流协同。推进港口作业与保税监管信息共享，提升通关效率。

        申报单位：川南临港片区管委会

        四、做好复制推广工作。各片区要加强学习借鉴，抓好落地实施。

        报送单位：各片区要认真总结经验，及时报送新的案例。

        请各报送单位：于每年6月底前报送案例材料。

        四川省自贸办

        2023年12月1日
        """;
}
