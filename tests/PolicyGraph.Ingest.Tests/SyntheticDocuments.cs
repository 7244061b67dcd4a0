namespace PolicyGraph.Ingest.Tests;

/// <summary>Made-up documents in the seed layouts, for behaviour that must hold beyond the seeds.</summary>
internal static class SyntheticDocuments
{
    /// <summary>Another city's implementation plan: body clauses, a page break inside a clause, an annex table that disagrees on measure 2.</summary>
    public const string QuanzhouPlan = """
        附件

        泉州市关于推进跨境贸易便利化若干措施的实施方案

        （征求意见稿）

        为贯彻落实《福建省关于推进跨境贸易便利化的通知》（闽政〔2024〕9号）精神，结合我市实际，制定本方案。

        ## 一、提升通关效率

        （一）推广提前申报模式。支持企业开展进口货物提前申报，压缩整体通关时间。（实施范围：泉州市，责任单位：市商务局、泉州海关）

        （二）优化查验作业流程。推进查验作业智能化改造，降低企业物流成本，提升口岸作业效率和服务水

        平。（实施范围：全市，责任单位：市交通运输局、晋江市人民政府）

        ## 二、加强组织保障

        （三）建立工作专班。由市商务局牵头建立工作专班，统筹推进各项措施落实。（实施范围：泉州市，责任单位：市商务局）

        泉州市人民政府

        2024年5月20日

        附件

        序号	主要内容	复制推广措施	推广范围	责任单位
        一、提升通关效率				
        1	推广提前申报模式	支持企业开展进口货物提前申报，压缩整体通关时间。	泉州市	市商务局、泉州海关
        2	优化查验作业流程	推进查验作业智能化改造。	泉州市	市交通运输局、石狮市人民政府
        二、加强组织保障				
        3	建立工作专班	由市商务局牵头建立工作专班。	泉州市	市商务局
        """;

    /// <summary>A note in no known genre: a title, two headings, a paragraph naming an agency, and markup that must stay text.</summary>
    public const string UnknownGenreNote = """
        关于会议安排的情况说明

        一、会议背景

        厦门市商务局近期组织了座谈。

        二、有关事项

        请各单位注意<script>alert('x')</script>相关安排。
        """;

    /// <summary>A batch letter with a stated total that does not match its table (it states 3, lists 2).</summary>
    public const string MiniBatchLetter = """
        厦门市自贸办关于发布厦门片区第三批创新举措的函

        厦自贸函〔2024〕7号

        近期评估确定第三批共有3项创新举措，其中，全国首创2项、复制1项。

        附件：厦门片区第三批创新举措

        厦门市自贸办

        2024年6月1日

        序号	举措内容	创新性
        1	<b>台胞就业服务站。</b>为台胞提供就业服务。	<b>全国首创。</b> <b>创新点：</b>便利台胞就业。
        2	<b>电子平台办税。</b>依托平台商户数据办税。	<b>复制。</b> <b>创新点：</b>提升效率。
        """;
}

/// <summary>Layout variants the seeds do not show.</summary>
internal static class LayoutVariants
{
    /// <summary>Arabic-numbered headings, CRLF line ends, a Chinese-numeral date, a table with columns in another order.</summary>
    public const string ZhangzhouPlan =
        "漳州市推进数字经济发展行动方案\r\n\r\n" +
        "1. 总体目标\r\n\r\n" +
        "到2025年，数字经济规模明显提升。\r\n\r\n" +
        "2. 重点任务\r\n\r\n" +
        "（1）建设数据中心。推进算力设施建设。（实施范围：全市，责任单位：市工信局）\r\n\r\n" +
        "（2）培育数字企业。引进一批数字经济企业。（实施范围：全市，责任单位：市商务局、市发改委）\r\n\r\n" +
        "漳州市人民政府\r\n\r\n" +
        "二〇二四年三月一日\r\n\r\n" +
        "附件\r\n\r\n" +
        "序号\t责任单位\t实施范围\t措施名称\r\n" +
        "1\t市工信局\t漳州市\t建设数据中心\r\n" +
        "2\t市商务局\t漳州市\t培育数字企业\r\n";

    /// <summary>A provincial notice in the national style: 文号, signature, Arabic items, unlabelled "(…按职责分工负责)" clauses.</summary>
    public const string GuangdongMeasures = """
        广东省人民政府办公厅关于印发广东省推进跨境电商高质量发展若干措施的通知

        粤府办〔2023〕12号

        各地级以上市人民政府，省政府各部门、各直属机构：

        经省人民政府同意，现将《广东省推进跨境电商高质量发展若干措施》印发给你们，请认真贯彻执行。

        广东省人民政府办公厅
        2023年6月2日

        一、培育市场主体

        1. 壮大跨境电商企业。支持龙头企业做大做强，培育一批跨境电商品牌。（省商务厅、省工业和信息化厅按职责分工负责）

        2. 发展海外仓。鼓励企业在重点市场布局海外仓。（省商务厅牵头，海关总署广东分署配合）

        二、优化金融服务

        3. 加强金融支持。支持银行为跨境电商企业提供结算服务，依照《中华人民共和国外汇管理条例》办理。（人民银行广州分行、国家外汇管理局广东省分局按职责分工负责）
        """;
}

/// <summary>Plans of provinces other than Fujian, naming their own FTZ areas, places and departments.</summary>
internal static class OtherProvinceDocuments
{
    /// <summary>
    /// A Guangzhou plan: the three Guangdong areas, an unlisted bonded zone, relative and qualified departments,
    /// and vague scopes (相关片区 in the body, 各片区 in the table) for measure 3.
    /// </summary>
    public const string GuangzhouPlan = """
        附件

        广州市关于复制推广自由贸易试验区改革试点经验的实施方案

        （征求意见稿）

        为贯彻落实《广东省关于复制推广自由贸易试验区改革试点经验的通知》精神，结合我市实际，制定本方案。

        ## 一、投资贸易便利化

        （一）推行跨境贸易单一窗口。推动口岸业务全流程线上办理，压缩整体通关时间。（实施范围：南沙片区、前海蛇口片区、横琴片区，责任单位：市商务局、市发展改革委）

        （二）开展保税维修试点。支持区内企业开展保税维修业务，扩大试点范围。（实施范围：广州青云港综合保税区，责任单位：市商务局）

        ## 二、优化营商环境

        （三）优化外商投资服务。建立外商投资一站式服务平台，提升服务水平。（实施范围：相关片区，责任单位：广州市商务局、市市场监管局）

        广州市人民政府

        2024年5月20日

        附件

        序号	主要内容	复制推广措施	实施范围	责任单位
        一、投资贸易便利化				
        1	推行跨境贸易单一窗口	推动口岸业务全流程线上办理。	自贸试验区南沙片区、前海蛇口片区、横琴片区	市商务局、市发展改革委
        2	开展保税维修试点	支持区内企业开展保税维修业务。	广州青云港综合保税区	市商务局
        二、优化营商环境				
        3	优化外商投资服务	建立外商投资一站式服务平台。	各片区	广州市商务局、市市场监管局
        """;

    /// <summary>A Shanghai plan: 临港新片区, a bare 自贸试验区 meaning Shanghai's, municipal departments.</summary>
    public const string ShanghaiPlan = """
        上海市关于推进临港新片区跨境贸易投资高水平开放的实施方案

        ## 一、扩大开放

        （一）开展跨境数据流动试点。支持企业开展数据跨境流动安全评估。（实施范围：临港新片区，责任单位：市商务局、市委网信办）

        （二）深化金融开放。支持开展本外币一体化资金池试点。（实施范围：自贸试验区，责任单位：市地方金融监管局）

        上海市人民政府

        2024年6月1日
        """;

    /// <summary>A plan of a province without an FTZ: 各片区 names nothing, an unlisted 片区 is a planning area.</summary>
    public const string NanchangPlan = """
        南昌市关于推进跨境电商发展的实施方案

        ## 一、培育主体

        （一）建设跨境电商园区。推动跨境电商企业集聚发展。（实施范围：青岚片区，责任单位：市商务局）

        （二）推广海外仓模式。支持企业建设海外仓。（实施范围：各片区，责任单位：市商务局）

        南昌市人民政府

        2024年7月1日
        """;

    /// <summary>
    /// A Chengdu plan naming local offices of national agencies: full names in the body, short or delimiter-less
    /// forms in the table (the same agencies), one office of an unlisted place, and other offices in the preamble.
    /// </summary>
    public const string ChengduPlan = """
        成都市关于推进跨境贸易便利化的实施方案

        为落实国家有关部署，四川证监局、人民银行成都分行会同人民银行青云支行，结合我市实际，制定本方案。

        ## 一、提升通关效率

        （一）推广两步申报模式。支持企业开展进口货物两步申报，压缩整体通关时间。（实施范围：天府新区片区，责任单位：中华人民共和国成都海关、中国人民银行四川省分行、市商务局）

        （二）便利跨境资金结算。支持银行优化跨境人民币结算服务。（实施范围：天府新区片区，责任单位：国家外汇管理局四川省分局、国家金融监督管理总局四川监管局、国家税务总局成都市税务局）

        （三）开展统计监测。建立跨境贸易统计监测制度。（实施范围：成都市，责任单位：国家统计局四川调查总队、人民银行青云分行、市统计局）

        成都市人民政府

        2024年8月1日

        附件

        序号	主要内容	复制推广措施	实施范围	责任单位
        1	推广两步申报模式	支持企业开展进口货物两步申报。	天府新区片区	成都海关人民银行四川省分行市商务局
        2	便利跨境资金结算	支持银行优化跨境人民币结算服务。	天府新区片区	外汇局四川省分局、四川金融监管局、市税务局
        3	开展统计监测	建立跨境贸易统计监测制度。	成都市	国家统计局四川调查总队人民银行青云分行、市统计局
        """;
}
