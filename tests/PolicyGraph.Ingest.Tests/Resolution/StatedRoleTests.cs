using PolicyGraph.Ingest.Extraction;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>Roles only where the text states them (role-words.tsv); a list's order is never a role.</summary>
public class StatedRoleTests
{
    private static string Roles(UnitStatement statement) =>
        string.Join("|", statement.Roles.Select(r => $"{r.Role}:{r.Names}"));

    [Fact]
    public void Responsible_units_beside_a_stated_lead_are_responsible()
    {
        var combined = UnitStatement.Combine([UnitStatement.Parse("省商务厅", UnitRoles.Lead), UnitStatement.Parse("省财政厅、省税务局")]);

        Assert.Equal("lead:省商务厅|responsible:省财政厅、省税务局", Roles(combined!));
    }

    [Fact]
    public void Responsible_units_without_a_stated_lead_have_no_role()
    {
        var combined = UnitStatement.Combine([UnitStatement.Parse("省商务厅、省财政厅"), UnitStatement.Parse("省税务局")]);

        Assert.Empty(combined!.Roles);
    }

    [Theory]
    [InlineData("市商务局（牵头）、市财政局", "lead:市商务局")]
    [InlineData("市商务局、市财政局", "")]
    [InlineData("市商务局牵头，市财政局协办", "lead:市商务局|supporting:市财政局")]
    [InlineData("市商务局、市财政局按职责分工负责", "")]
    public void Only_role_words_give_roles(string text, string roles)
    {
        Assert.Equal(roles, Roles(UnitStatement.Parse(text)));
    }

    [Fact]
    public void A_subject_that_is_no_agency_gives_no_owner_and_the_next_phrase_is_read()
    {
        var document = TestCorpus.ParseText("""
            青云市关于推进开放合作的实施方案

            ## 一、保障措施

            （一）加强组织领导。由市政府主要负责同志任组长，由市商务局、市服开办牵头建立工作专班。

            （二）强化督促落实。由市委主要领导负责统筹，各部门抓好落实。
            """);

        Assert.Equal("市商务局、市服开办", document.Measures[0].Body!.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "市商务局、市服开办")], document.Measures[0].Body!.Roles);
        Assert.Null(document.Measures[1].Body!.Units);
    }
}
