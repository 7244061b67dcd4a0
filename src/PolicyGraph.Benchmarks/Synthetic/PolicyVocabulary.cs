namespace PolicyGraph.Benchmarks.Synthetic;

/// <summary>Word lists for policy-like Chinese names and texts.</summary>
internal static class PolicyVocabulary
{
    public static readonly string[] Places =
    [
        "福建省", "福州市", "厦门市", "泉州市", "漳州市", "莆田市", "宁德市", "南平市", "三明市", "龙岩市",
        "平潭综合实验区", "鼓楼区", "台江区", "仓山区", "马尾区", "晋安区", "长乐区", "海沧区", "湖里区", "思明区",
    ];

    public static readonly string[] Departments =
    [
        "商务局", "财政局", "发展和改革委员会", "市场监督管理局", "税务局", "人力资源和社会保障局", "交通运输局",
        "自然资源和规划局", "生态环境局", "住房和城乡建设局", "科学技术局", "工业和信息化局", "文化和旅游局",
        "卫生健康委员会", "金融监督管理局", "数据管理局", "公安局", "司法局", "教育局", "农业农村局", "海关",
        "外汇管理局", "港口管理局", "口岸办", "自贸办", "人民银行分行", "海事局", "边检站", "知识产权局", "台港澳办",
    ];

    public static readonly (string Name, string Kind)[] Zones =
    [
        ("福建省", "province"), ("福州片区", "ftz-area"), ("厦门片区", "ftz-area"), ("平潭片区", "ftz-area"),
        ("福州市", "city"), ("厦门市", "city"), ("福州新区", "new-area"), ("福州保税区", "bonded-zone"),
        ("厦门海沧保税港区", "bonded-zone"), ("江阴港区", "port-area"), ("马尾物流园区", "bonded-zone"),
        ("泉州市", "city"), ("漳州市", "city"), ("平潭综合实验区", "new-area"),
    ];

    public static readonly string[] Verbs = ["推进", "探索", "支持", "深化", "建立", "优化", "试点", "扩大", "完善", "创新"];

    public static readonly string[] Topics =
    [
        "合格境外有限合伙人（QFLP）试点", "跨境资金池业务", "保税燃料油混兑", "国际贸易单一窗口", "跨境电商零售进口",
        "知识产权质押融资", "两岸职业资格互认", "数据跨境流动", "融资租赁", "航运服务", "人才引进", "通关便利化",
        "外商投资准入", "绿色金融", "海上丝绸之路合作", "船舶登记", "服务贸易", "对台贸易", "冷链物流", "数字人民币",
    ];

    public static readonly string[] Endings = ["工作机制", "改革", "试点", "便利化措施", "监管模式", "服务体系", "政策"];

    public static readonly string[] Genres =
        ["implementation-plan", "pilot-plan", "five-year-plan", "innovation-batch", "notice"];

    public static readonly string[] ChapterTitles =
        ["总体要求", "主要任务", "重点举措", "保障措施", "组织实施", "工作目标", "实施步骤", "专栏"];

    public static readonly string[] ChineseOrdinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

    public static readonly string[] Novelties = ["全国首创", "复制拓展", "复制"];
}
