namespace PolicyGraph.Ingest.Tests.Building;

/// <summary>Body and table that give the same agency different roles are reported, as other disagreements are.</summary>
public class RoleDisagreementTests
{
    private const string SwappedRoles = """
        广州市推进服务贸易发展的实施方案

        一、重点任务

        （一）发展数字贸易。建设数字贸易公共服务平台。（牵头单位：市商务局；配合单位：市财政局）

        （二）培育服务外包。支持服务外包企业拓展业务。（牵头单位：市商务局；配合单位：市财政局）

        广州市人民政府

        2024年5月20日

        附件

        序号	主要内容	牵头单位	配合单位
        1	发展数字贸易	市财政局	市商务局
        2	培育服务外包	市商务局	市财政局
        """;

    private static readonly IngestResult Result = TestCorpus.LoadTexts(("roles.txt", SwappedRoles));

    [Fact]
    public void Swapped_roles_are_reported_with_both_statements()
    {
        var disagreement = Assert.Single(Result.Consistency.Disagreements, d => d.Field == "role");

        Assert.Equal(1, disagreement.Seq);
        Assert.Equal(["广州市商务局：lead", "广州市财政局：supporting"], disagreement.BodyOnly.Order());
        Assert.Equal(["广州市商务局：supporting", "广州市财政局：lead"], disagreement.TableOnly.Order());
    }

    [Fact]
    public void Roles_that_agree_are_not_reported_and_the_body_role_is_kept()
    {
        Assert.DoesNotContain(Result.Consistency.Disagreements, d => d.Field == "role" && d.Seq == 2);
        var lead = Result.Graph.Relationships.Single(r =>
            r.Type == "RESPONSIBLE_FOR" && r.StartId == "agency:广州市商务局" && r.EndId.EndsWith(":1", StringComparison.Ordinal));
        Assert.Equal("lead", lead["role"]);
    }
}
