namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>
/// Short made-up plans from provinces, regions and prefectures other than Fujian and two national notices, each with
/// the agencies and roles a reader takes from the text, written by hand (<see cref="Expected"/>).
/// </summary>
internal static class ProvinceDocuments
{
    public const string Guangdong = """
        广东省关于推进跨境贸易便利化的若干措施

        为进一步优化口岸营商环境，制定以下措施。

        ## 一、提升通关效率

        （一）推进口岸数字化。建设国际贸易单一窗口升级版。（牵头单位：省商务厅；配合单位：海关总署广东分署、省数据局；完成时限：2025年底前）

        （二）优化涉外法律服务。完善国际商事纠纷多元化解机制。（责任单位：省司法厅、广州仲裁委员会、广州港集团有限公司）

        （三）强化跨境金融服务。扩大跨境贸易人民币结算。（牵头单位：人民银行广东省分行；责任单位：广东金融监管局、省地方金融管理局）

        广东省人民政府

        2025年3月1日
        """;

    public const string Chengdu = """
        成都市关于推进服务业扩大开放的实施方案

        为贯彻落实国家部署，结合我市实际，制定本方案。

        ## 一、重点任务

        （一）发展数字贸易。建设数字贸易公共服务平台。（市商务局牵头，市数据局、成都海关配合）

        （二）完善商事争议解决。支持国际商事仲裁机构发展。（责任单位：市发展改革委、成都仲裁委员会、四川天府新区管委会）

        ## 二、保障措施

        （三）建立工作机制。成立工作领导小组，由市政府主要负责同志任组长，由市商务局牵头建立工作专班。

        成都市人民政府

        2025年4月8日
        """;

    public const string Zhejiang = """
        浙江省关于加快发展数字贸易的实施意见

        为推动数字贸易高质量发展，提出以下意见。

        ## 一、主要任务

        （一）培育数字贸易主体。支持龙头企业拓展海外市场。（责任单位：省商务厅、杭州海关、宁波舟山港集团有限公司、浙江大学）

        （二）规范市场秩序。加强平台经济监管。（牵头单位：省市场监管局；责任单位：省经信厅）

        （三）加强要素保障。统筹用地用能指标。（省发展改革委、省自然资源厅按职责分工负责）

        浙江省人民政府

        2025年5月6日
        """;

    public const string Shanghai = """
        上海市关于进一步优化跨境贸易营商环境的实施方案

        为打造国际一流口岸营商环境，制定本方案。

        ## 一、主要措施

        （一）提升口岸通关效率。推广进口货物提前申报。（责任单位：市商务委、浦东新区人民政府、上海海关）

        （二）推进数据跨境流动。开展数据跨境流动试点。（牵头单位：临港新片区管委会；配合单位：市数据局、上海边检总站）

        上海市人民政府办公厅

        2025年2月18日
        """;

    public const string Guangxi = """
        广西壮族自治区关于推进中国—东盟跨境贸易便利化的若干措施

        为深化面向东盟的开放合作，制定以下措施。

        ## 一、重点措施

        （一）建设跨境数据通道。推进中国—东盟信息港建设。（责任单位：自治区商务厅、自治区大数据发展局、南宁海关）

        （二）深化自贸试验区改革。开展首创性差异化探索。（牵头单位：自治区发展改革委；配合单位：自治区自贸办、中国（广西）自由贸易试验区南宁片区管委会）

        广西壮族自治区人民政府办公厅

        2025年6月3日
        """;

    public const string Hainan = """
        海南省关于推进国际商事纠纷解决的若干措施

        为营造法治化营商环境，制定以下措施。

        ## 一、主要措施

        （一）完善国际商事仲裁。支持仲裁机构开展国际业务。（责任单位：省司法厅、海口海关、海南国际仲裁院、洋浦经济开发区管委会）

        （二）深化制度集成创新。由省委深改办牵头开展制度集成创新评估。

        海南省人民政府

        2025年7月1日
        """;

    public const string Yanbian = """
        延边朝鲜族自治州关于促进边境贸易发展的实施方案

        为推动边境贸易创新发展，制定本方案。

        ## 一、重点任务

        （一）提升边民互市贸易。推进互市贸易落地加工。（牵头单位：州商务局；责任单位：延吉海关、珲春市人民政府）

        延边朝鲜族自治州人民政府

        2025年8月1日
        """;

    public const string Pingtan = """
        平潭综合实验区关于深化对台经贸合作的若干措施

        为推进两岸融合发展，制定以下措施。

        ## 一、主要措施

        （一）便利台胞投资。优化台资企业登记服务。（牵头单位：实验区经发局；配合单位：平潭海关、实验区自贸办）

        平潭综合实验区管委会

        2025年9月1日
        """;

    public const string NationalCommerce = """
        商务部 海关总署关于印发《进一步促进跨境贸易便利化若干措施》的通知

        各省、自治区、直辖市商务主管部门：

        为进一步优化口岸营商环境，现就有关事项通知如下。

        ## 一、工作任务

        （一）推广单一窗口应用。扩大国际贸易单一窗口覆盖面。（牵头单位：商务部；配合单位：海关总署、市场监管总局、外汇局）

        （二）完善跨境金融服务。便利跨境贸易资金结算。（责任单位：人民银行、金融监管总局、国家发展改革委）

        商务部

        2025年1月10日
        """;

    public const string NationalGeneralOffice = """
        国务院办公厅关于推动服务贸易高质量发展的实施意见

        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

        经国务院同意，现提出以下意见。

        ## 一、重点任务

        （一）推进服务业扩大开放。开展服务业扩大开放综合试点。（发展改革委、商务部牵头，工业和信息化部、科技部参与）

        （二）完善金融监管。健全跨境金融风险防控体系。（中国银保监会、证监会按职责分工负责）

        （三）便利外汇管理。由国家外汇局牵头推进经常项目外汇收支便利化。

        国务院办公厅

        2025年1月20日
        """;

    public static readonly (string File, string Text)[] All =
    [
        ("guangdong.txt", Guangdong), ("chengdu.txt", Chengdu), ("zhejiang.txt", Zhejiang), ("shanghai.txt", Shanghai),
        ("guangxi.txt", Guangxi), ("hainan.txt", Hainan), ("yanbian.txt", Yanbian), ("pingtan.txt", Pingtan),
        ("national-commerce.txt", NationalCommerce), ("national-general-office.txt", NationalGeneralOffice),
    ];

    /// <summary>(file, measure, canonical agency, role or null): what a reader takes from each item, by hand.</summary>
    public static readonly (string File, long Seq, string Agency, string? Role)[] Expected =
    [
        ("guangdong.txt", 1, "广东省商务厅", "lead"),
        ("guangdong.txt", 1, "海关总署广东分署", "supporting"),
        ("guangdong.txt", 1, "广东省数据局", "supporting"),
        ("guangdong.txt", 2, "广东省司法厅", null),
        ("guangdong.txt", 2, "广州仲裁委员会", null),
        ("guangdong.txt", 2, "广州港集团有限公司", null),
        ("guangdong.txt", 3, "中国人民银行广东省分行", "lead"),
        ("guangdong.txt", 3, "国家金融监督管理总局广东监管局", "responsible"),
        ("guangdong.txt", 3, "广东省地方金融管理局", "responsible"),
        ("chengdu.txt", 1, "成都市商务局", "lead"),
        ("chengdu.txt", 1, "成都市数据局", "supporting"),
        ("chengdu.txt", 1, "成都海关", "supporting"),
        ("chengdu.txt", 2, "成都市发展改革委", null),
        ("chengdu.txt", 2, "成都仲裁委员会", null),
        ("chengdu.txt", 2, "四川天府新区管委会", null),
        ("chengdu.txt", 3, "成都市商务局", "lead"),
        ("zhejiang.txt", 1, "浙江省商务厅", null),
        ("zhejiang.txt", 1, "杭州海关", null),
        ("zhejiang.txt", 1, "宁波舟山港集团有限公司", null),
        ("zhejiang.txt", 1, "浙江大学", null),
        ("zhejiang.txt", 2, "浙江省市场监管局", "lead"),
        ("zhejiang.txt", 2, "浙江省经信厅", "responsible"),
        ("zhejiang.txt", 3, "浙江省发展改革委", null),
        ("zhejiang.txt", 3, "浙江省自然资源厅", null),
        ("shanghai.txt", 1, "上海市商务委", null),
        ("shanghai.txt", 1, "浦东新区人民政府", null),
        ("shanghai.txt", 1, "上海海关", null),
        ("shanghai.txt", 2, "临港新片区管委会", "lead"),
        ("shanghai.txt", 2, "上海市数据局", "supporting"),
        ("shanghai.txt", 2, "上海出入境边防检查总站", "supporting"),
        ("guangxi.txt", 1, "广西壮族自治区商务厅", null),
        ("guangxi.txt", 1, "广西壮族自治区大数据发展局", null),
        ("guangxi.txt", 1, "南宁海关", null),
        ("guangxi.txt", 2, "广西壮族自治区发展改革委", "lead"),
        ("guangxi.txt", 2, "广西壮族自治区自贸办", "supporting"),
        ("guangxi.txt", 2, "中国（广西）自由贸易试验区南宁片区管委会", "supporting"),
        ("hainan.txt", 1, "海南省司法厅", null),
        ("hainan.txt", 1, "海口海关", null),
        ("hainan.txt", 1, "海南国际仲裁院", null),
        ("hainan.txt", 1, "洋浦经济开发区管委会", null),
        ("hainan.txt", 2, "海南省委深改办", "lead"),
        ("yanbian.txt", 1, "延边朝鲜族自治州商务局", "lead"),
        ("yanbian.txt", 1, "延吉海关", "responsible"),
        ("yanbian.txt", 1, "珲春市人民政府", "responsible"),
        ("pingtan.txt", 1, "平潭综合实验区经发局", "lead"),
        ("pingtan.txt", 1, "平潭海关", "supporting"),
        ("pingtan.txt", 1, "平潭综合实验区自贸办", "supporting"),
        ("national-commerce.txt", 1, "商务部", "lead"),
        ("national-commerce.txt", 1, "海关总署", "supporting"),
        ("national-commerce.txt", 1, "国家市场监督管理总局", "supporting"),
        ("national-commerce.txt", 1, "国家外汇管理局", "supporting"),
        ("national-commerce.txt", 2, "中国人民银行", null),
        ("national-commerce.txt", 2, "国家金融监督管理总局", null),
        ("national-commerce.txt", 2, "国家发展和改革委员会", null),
        ("national-general-office.txt", 1, "国家发展和改革委员会", "lead"),
        ("national-general-office.txt", 1, "商务部", "lead"),
        ("national-general-office.txt", 1, "工业和信息化部", "supporting"),
        ("national-general-office.txt", 1, "科学技术部", "supporting"),
        ("national-general-office.txt", 2, "国家金融监督管理总局", null),
        ("national-general-office.txt", 2, "中国证券监督管理委员会", null),
        ("national-general-office.txt", 3, "国家外汇管理局", "lead"),
    ];
}
