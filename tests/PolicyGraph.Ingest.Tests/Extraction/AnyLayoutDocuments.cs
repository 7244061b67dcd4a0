namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Made-up documents (not the seeds, nor edits of them) in layouts whose titles name no known genre, whose tables
/// name their columns otherwise, or whose numbered paragraphs are not all items.
/// </summary>
internal static class AnyLayoutDocuments
{
    /// <summary>A national-style 通知 (no genre word in its title): items under 一、, then a 工作要求 section restarting at （一）.</summary>
    public const string NationalNotice = """
        国务院办公厅关于进一步便利跨境贸易的通知

        各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

        为进一步便利跨境贸易，经国务院同意，现就有关事项通知如下：

        一、优化通关流程

        （一）推行提前申报。支持企业在货物运抵前申报，压缩通关时间。

        （二）推广两步申报。企业可先概要申报后完整申报，提高放行效率。

        二、降低合规成本

        （三）清理口岸收费。全面清理口岸经营服务性收费，公示收费目录。

        三、工作要求

        （一）加强组织领导。各地区要把便利跨境贸易作为重点工作。

        （二）强化督促落实。各部门要加强督促检查，确保措施落地。

        国务院办公厅

        2024年3月1日
        """;

    /// <summary>Preamble summary lines numbered 1. 2. before the first 一、 heading, then the list itself.</summary>
    public const string PreambleSummary = """
        某市推进营商环境建设工作情况

        过去一年主要成效如下：
        1.企业开办时间压缩至1天。
        2.工程建设项目审批时间压缩一半。

        一、重点任务

        1.推行企业开办一网通办，实现全程网上办理，申请材料一次提交。

        2.推行工程建设项目联合审批，统一受理窗口，并联审批各事项。

        二、保障措施

        1.加强统筹协调，各部门按职责分工抓好落实，形成工作合力。
        """;

    /// <summary>An annex table whose columns are named otherwise (改革事项 | 具体举措) and one named nothing known at all.</summary>
    public const string OtherColumnNames = """
        厦门市关于深化商事制度改革的工作安排

        附件1

        序号	改革事项	具体举措	牵头部门	完成时间
        1	企业开办	推行企业开办全流程网上办理，一日办结。	市市场监管局	2024年底前
        2	证照分离	深化证照分离改革，扩大告知承诺范围。	市商务局	持续推进

        附件2

        No.	事项	内容说明	落实	时间
        1	简易注销	推行简易注销，压缩公告时间，减少提交材料。	市市场监管局	2024年6月底前
        - 2 -
        2	歇业备案	建立歇业备案制度，明确歇业期间的权利和义务。	市人社局、市税务局	2024年底前
        3	信用修复	优化信用修复流程，实现信用修复网上办理全覆盖。	市发改委	持续推进
        """;

    /// <summary>A task table whose long cells were cut: the rest of a cell on the next line, and a wrapped piece between rows.</summary>
    public const string WrappedRows = """
        某市工作任务清单

        序号	工作任务	责任单位	完成时限
        1	建设跨境贸易综合服务平台，提供通关、物流、
        金融一站式服务	市商务局	2024年底前
        2	优化进口货物查验流程，推行智能查验	市交通运输局	2025年6月底前
        推广集中查验模式
        3	完善口岸收费公示制度	市发改委	持续推进
        """;

    /// <summary>Articles (第一条 …) of a measures document with no genre word in the title.</summary>
    public const string Articles = """
        某市促进外贸稳定增长的规定

        第一条 为促进外贸稳定增长，制定本规定。对新开拓国际市场的企业给予资金支持，每家最高补助五十万元。

        第二条 对开展跨境电商业务的企业，按照出口额给予奖励，每家最高奖励一百万元。

        第三条 本规定自发布之日起施行，有效期三年，由市商务局负责解释。
        """;

    /// <summary>A space-aligned table as a PDF's text layer gives it: cells wrapped under their columns, a page number and the issuer's name as running header mid-table.</summary>
    public const string SpaceAlignedPdfTable = """
        某自治区人民政府办公厅关于印发港口物流提质增效方案的通知
        某自治区人民政府办公厅
        附件：重点任务分工表
        序号  工作任务                          责任单位                    时间节点
        1     提升港口自动化集装箱码头作业效  港务集团有限公司、自治区交通  2025年12月底前
              率                                运输厅

        - 1 -

        某自治区人民政府办公厅
        2     加密港口至东盟国家航线            自治区交通运输厅              持续推进
        """;
}
