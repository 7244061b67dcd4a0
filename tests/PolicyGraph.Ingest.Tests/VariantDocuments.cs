namespace PolicyGraph.Ingest.Tests;

/// <summary>
/// Made-up documents of the seed genres in layouts and phrasings the seeds do not use: task tables with other
/// column names, lead and supporting units, deadlines, other labels in the closing bracket, other provinces'
/// innovation batches, and a plan with 篇 above 章.
/// </summary>
internal static class VariantDocuments
{
    /// <summary>
    /// Bodies without clauses; the task table names the measure in 重点任务 and splits units into 牵头单位 and
    /// 配合单位, with a 完成时限 column. The title runs straight into the preamble (no blank line).
    /// </summary>
    public const string LeadAndSupportTable = """
        成都市推进自由贸易试验区制度创新若干措施的实施方案
        为贯彻落实《四川省推进自由贸易试验区高质量发展的意见》精神，结合我市实际，制定本方案。

        一、提升贸易便利化水平

        （一）推进跨境电商综合试验区建设。完善跨境电商线上综合服务平台，培育跨境电商龙头企业。

        （二）扩大服务贸易开放。推动服务贸易创新发展，建设服务贸易公共服务平台。

        成都市人民政府

        2024年3月1日

        附件

        重点任务分工表

        序号	重点任务	牵头单位	配合单位	完成时限
        1	推进跨境电商综合试验区建设。完善跨境电商线上综合服务平台。	市商务局	市财政局、市税务局	2025年6月底前
        2	扩大服务贸易开放。推动服务贸易创新发展。	市商务局	市发改委	持续推进
        """;

    /// <summary>A table naming the measure in 主要任务 and stating it in 具体措施; units in 实施主体, deadline in 进度安排.</summary>
    public const string TaskAndMeasureColumns = """
        厦门市优化营商环境工作方案

        一、工作举措

        （一）深化“一网通办”改革。推动政务服务事项全程网办。

        （二）优化企业开办服务。压缩企业开办时间。

        附件

        序号	主要任务	具体措施	实施主体	进度安排
        1	深化“一网通办”改革	推动政务服务事项全程网办，提升网办深度。	市数据管理局	2024年6月底前
        2	优化企业开办服务	压缩企业开办时间至1个工作日以内。	市市场监管局、市税务局	2024年底前
        """;

    /// <summary>Closing brackets with other labels and separators, and a full stop after the bracket.</summary>
    public const string LabelledBrackets = """
        广州市推进跨境贸易高质量发展的实施方案

        一、重点任务

        （一）支持外贸企业出海。鼓励企业参加境外展会，拓展国际市场。（牵头单位：市商务局；配合单位：市财政局、市税务局；完成时限：2024年底）

        （二）优化出口退税服务。压缩出口退税办理时间。（责任单位：市税务局，完成时间：2024年6月）

        （三）发展海外仓。支持企业在重点市场布局海外仓。（市商务局牵头，市财政局配合）

        （四）推进贸易数字化。建设数字贸易公共服务平台。（责任单位：市商务局（牵头）、市工业和信息化局）。

        （五）加强金融支持。扩大出口信用保险覆盖面。（实施范围：南沙片区，牵头单位：市地方金融监管局，时间节点：持续推进）

        广州市人民政府

        2024年5月20日

        附件

        序号	主要内容	责任单位	完成时限
        1	支持外贸企业出海	市商务局牵头，市财政局、市税务局配合	2025年底
        2	优化出口退税服务	市税务局	2024年6月
        """;

    /// <summary>Another province's batch table: 案例名称, 主要做法, 创新点, 实践效果, 报送单位, 复制推广范围.</summary>
    public const string CaseTableBatch = """
        四川省自贸办关于印发四川自贸试验区第五批制度创新成果的通知

        川自贸办〔2023〕8号

        各片区管委会，省级有关部门：

        经评估，确定四川自贸试验区第五批制度创新成果共3项，现予印发，请结合实际复制推广。

        四川省自贸办

        2023年9月1日

        附件

        序号	案例名称	主要做法	创新点	实践效果	报送单位	复制推广范围
        1	中欧班列集拼集运模式	依托成都国际铁路港，整合货源开展集拼集运。	铁路集拼模式	降低企业物流成本20%	青白江铁路港片区管委会	全省
        2	企业登记全程电子化	推行企业登记全流程网上办理。	登记流程再造	开办时间压缩至1天	天府新区片区管委会	全省
        3	涉台企业融资服务	为台资企业提供专属信贷产品。	对台金融服务创新	服务台企30余家	川南临港片区管委会	成都市、泸州市
        """;

    /// <summary>A batch whose table names each item in 创新举措 and describes it in 主要做法, with a 牵头单位 column.</summary>
    public const string MeasureColumnBatch = """
        四川自贸试验区第六批创新举措

        序号	创新举措	主要做法	创新点	牵头单位	复制推广范围
        1	国际铁路提单融资	以铁路提单为载体开展融资。	物权凭证化	省商务厅	全省
        2	跨境人民币便利化结算	推行优质企业便利化结算。	流程简化	省地方金融监管局	全省
        """;

    /// <summary>A batch written as numbered paragraphs: "一、名称（报送单位：…）" and the description below it.</summary>
    public const string ParagraphBatch = """
        四川省自贸办关于发布四川自贸试验区第七批最佳实践案例的通知

        各片区管委会：

        现将第七批最佳实践案例印发你们，请认真学习借鉴。

        一、中欧班列运贸一体化模式（报送单位：青白江铁路港片区管委会）

        依托中欧班列，推行运贸一体化，降低企业综合成本。创新点：首创铁路运单物权化。

        二、知识产权质押融资新模式（报送单位：天府新区片区管委会）

        建立知识产权评估、质押、处置一体化机制，

        缓解科技企业融资难。

        三、对台港口物流协同（报送单位：川南临港片区管委会）

        推进港口作业与保税监管信息共享，提升通关效率。

        四川省自贸办

        2023年12月1日
        """;

    /// <summary>A five-year plan with 第一篇 above 第一章 above 第一节, a 专栏 box whose programmes are named before a colon.</summary>
    public const string PartedFiveYearPlan = """
        中国（四川）自由贸易试验区“十四五”发展规划

        第一篇 发展基础

        第一章 发展环境

        第一节 发展基础

        四川自贸试验区挂牌以来，改革试点任务基本完成。

        第二篇 主要任务

        第二章 构建开放型经济新体制

        第一节 推进投资自由化

        一、深化外商投资管理改革。全面实施外商投资准入前国民待遇加负面清单管理制度，推进外资项目落地。

        二、扩大服务业开放。推动金融、电信等领域开放。

        专栏1：投资自由化重点工程

        跨境投资服务平台：建设一站式外商投资服务平台，提供政策咨询服务。

        外资项目库：建立重点外资项目库，滚动推进项目落地。

        第三章 打造现代产业体系

        第一节 发展现代物流

        一、建设国际物流枢纽。推进成都国际铁路港建设，发展多式联运。
        """;
}
