using System.Text;

namespace PolicyGraph.Ingest.Tests.Reading;

/// <summary>
/// <see cref="SyntheticDocuments.QuanzhouPlan"/> as a user would hold it in other formats: a .docx with Word's own
/// numbering and merged cells, a saved GB2312 web page with site furniture around it, and the PDF printed from
/// Fixtures/quanzhou-plan-print.html.
/// </summary>
internal static class PlanInFormats
{
    public const string Title = "泉州市关于推进跨境贸易便利化若干措施的实施方案";
    private const string Preamble = "为贯彻落实《福建省关于推进跨境贸易便利化的通知》（闽政〔2024〕9号）精神，结合我市实际，制定本方案。";
    private const string Item1 = "推广提前申报模式。支持企业开展进口货物提前申报，压缩整体通关时间。（实施范围：泉州市，责任单位：市商务局、泉州海关）";
    private const string Item2 = "优化查验作业流程。推进查验作业智能化改造，降低企业物流成本，提升口岸作业效率和服务水平。（实施范围：全市，责任单位：市交通运输局、晋江市人民政府）";
    private const string Item3 = "建立工作专班。由市商务局牵头建立工作专班，统筹推进各项措施落实。（实施范围：泉州市，责任单位：市商务局）";

    private static readonly string[] Header = ["序号", "主要内容", "复制推广措施", "推广范围", "责任单位"];

    public static string FixturePath(string name) =>
        PolicyGraph.Testing.RepositoryRoot.Combine("tests", "PolicyGraph.Ingest.Tests", "Reading", "Fixtures", name);

    public static byte[] Pdf() => File.ReadAllBytes(FixturePath("quanzhou-plan.pdf"));

    /// <summary>Headings numbered 一、 and items （一） by Word (two lists), the table's 推广范围 merged over two rows.</summary>
    public static byte[] Docx() => new DocxFixture()
        .List(1, "chineseCounting", "%1、")
        .List(2, "chineseCounting", "（%1）")
        .Paragraph("附件")
        .Paragraph(Title, style: "Title")
        .Paragraph("（征求意见稿）")
        .Paragraph(Preamble)
        .Paragraph("提升通关效率", style: "Heading1", numId: 1)
        .Paragraph(Item1, numId: 2)
        .Paragraph(Item2, numId: 2)
        .Paragraph("加强组织保障", style: "Heading1", numId: 1)
        .Paragraph(Item3, numId: 2)
        .Paragraph("泉州市人民政府")
        .Paragraph("2024年5月20日")
        .Paragraph("附件")
        .Table(
            Header,
            ["一、提升通关效率|span=5"],
            ["1", "推广提前申报模式", "支持企业开展进口货物提前申报，压缩整体通关时间。", "泉州市|restart", "市商务局、泉州海关"],
            ["2", "优化查验作业流程", "推进查验作业智能化改造。", "|continue", "市交通运输局、石狮市人民政府"],
            ["二、加强组织保障|span=5"],
            ["3", "建立工作专班", "由市商务局牵头建立工作专班。", "泉州市", "市商务局"])
        .Build();

    /// <summary>A GB2312 page as saved from a government site: menus, banner, footer, scripts and a share bar around the text.</summary>
    public static byte[] Html()
    {
        var page = $$"""
            <!DOCTYPE html>
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <title>{{Title}}_泉州市人民政府</title>
            <style>.x { color: red; }</style><script>var 菜单 = "首页";</script>
            </head><body>
            <div class="top"><header><a href="/">泉州市人民政府门户网站</a></header>
            <nav><ul><li><a href="/a">首页</a></li><li><a href="/b">政务公开</a></li><li><a href="/c">政务服务</a></li></ul></nav></div>
            <div class="wrap">
              <div class="left"><ul><li><a href="/1">通知公告</a></li><li><a href="/2">政策解读</a></li><li><a href="/3">人事信息</a></li></ul></div>
              <div class="right">
                <p>附件</p>
                <h1>{{Title}}</h1>
                <p>（征求意见稿）</p>
                <p>{{Preamble}}</p>
                <h2>一、提升通关效率</h2>
                <p>（一）{{Item1}}</p>
                <p>（二）{{Item2[..20]}}
                {{Item2[20..]}}</p>
                <h2>二、加强组织保障</h2>
                <p>（三）{{Item3}}</p>
                <p>泉州市人民政府<br>2024年5月20日</p>
                <p>附件</p>
                <table border="1">
                  <tr>{{string.Concat(Header.Select(h => $"<th>{h}</th>"))}}</tr>
                  <tr><td colspan="5">一、提升通关效率</td></tr>
                  <tr><td>1</td><td>推广提前申报模式</td><td>支持企业开展进口货物提前申报，压缩整体通关时间。</td><td rowspan="2">泉州市</td><td>市商务局、泉州海关</td></tr>
                  <tr><td>2</td><td>优化查验作业流程</td><td>推进查验作业智能化改造。</td><td>市交通运输局、石狮市人民政府</td></tr>
                  <tr><td colspan="5">二、加强组织保障</td></tr>
                  <tr><td>3</td><td>建立工作专班</td><td>由市商务局牵头建立工作专班。</td><td>泉州市</td><td>市商务局</td></tr>
                </table>
                <div class="share"><a href="#">微信</a> <a href="#">微博</a> <a href="#">打印</a> <a href="#">关闭</a></div>
              </div>
            </div>
            <footer>主办：泉州市人民政府办公室 地址：泉州市丰泽区</footer>
            </body></html>
            """;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB2312").GetBytes(page);
    }
}
