using PolicyGraph.Ingest.Extraction;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Extraction;

/// <summary>
/// Units stated as the subject of a later clause of a requirement paragraph (docs/evaluation.md, "Session 10: units
/// and subjects"), and collectives of governments under one shared modifier. Made-up documents of an invented
/// province; nothing here copies a corpus document.
/// </summary>
public class SubjectClauseTests
{
    private static MeasureSource Body(string text, int seq, string kind = ItemKinds.Requirement) =>
        TestCorpus.ItemsOf(text).Single(i => i.Seq == seq && i.Kind == kind).Body!;

    private const string Requirements = """
        某省会展业发展若干措施

        一、建设场馆

        （一）完善展馆设施。建成会展中心二期。（省会展办负责）

        二、保障措施

        （一）加强统筹协调。各市、自治州人民政府要落实属地责任，省商务厅要会同有关部门加强跟踪督促。

        （二）强化督查考核。各县（市、区）人民政府要明确专人负责，每月报送进展。市政府督查室将重点任务纳入督查计划。

        （三）加大政策支持。统筹用好专项资金；省财政厅、省统计局应建立监测制度，定期评估实施效果。
        """;

    [Fact]
    public void A_unit_opening_a_later_clause_before_a_word_of_duty_is_a_unit_too()
    {
        Assert.Equal("各市、自治州人民政府、省商务厅", Body(Requirements, 1).Units);
        Assert.Equal("各县（市、区）人民政府、市政府督查室", Body(Requirements, 2).Units);
        Assert.Equal("省财政厅、省统计局", Body(Requirements, 3).Units);
    }

    [Fact]
    public void Subjects_of_several_clauses_get_no_role_none_states()
    {
        Assert.Empty(Body(Requirements, 1).Roles);
        Assert.Empty(Body(Requirements, 2).Roles);
    }

    [Fact]
    public void Each_subject_keeps_the_role_of_its_own_clause_only()
    {
        var body = Body("""
            某省会展业发展若干措施

            一、保障措施

            （一）加强组织领导。省商务厅牵头，会同省财政厅建立协调机制。省统计局要定期通报进展。
            """, 1);
        Assert.Equal("省商务厅、省财政厅、省统计局", body.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "省商务厅")], body.Roles);
    }

    [Theory]
    [InlineData("（一）加强组织领导。支持省商务厅要求的展会落地，推动省财政厅加大投入。")]
    [InlineData("（一）加强组织领导。各地要按照“省商务厅要会同有关部门”的部署抓好落实。")]
    [InlineData("（一）加强组织领导。定期向省商务厅报送进展，对省财政厅负责。")]
    [InlineData("（一）加强组织领导。聚焦重点产业，重点支持省投资集团有限公司牵头的项目。")]
    [InlineData("（一）加强组织领导。主动对接某海关，重点争取省发展改革委支持设立物流枢纽。")]
    public void A_unit_named_as_an_object_or_inside_a_quotation_is_no_subject(string item)
    {
        var items = TestCorpus.ItemsOf("某省会展业发展若干措施\n\n一、保障措施\n\n" + item + "\n");
        Assert.Null(Assert.Single(items).Body!.Units);
    }

    private const string Inline = """
        某部关于推进会展业发展的通知

        一、创新会展方式

        （一）推动展会转型。某部会同某总署修订展会管理办法，扩大展会规模。

        （二）发展小型展会。对符合条件的展会给予支持，具体办法由某财政部、某部另行制定。

        （三）完善场馆设施。由某发展改革委牵头，会同某运输部、某总署加大投资支持力度。

        （四）扩大本币结算。人民银行、某外汇局支持银行开展直接兑换业务。

        （五）落实税收政策。某财政部、某总署按职责分工落实税收政策。

        （六）落实资金保障。鼓励社会资本参与，所需资金按照自由贸易试验区规定统筹安排。
        """;

    [Fact]
    public void Units_joined_by_会同_after_a_subject_or_a_stated_lead_are_units_without_a_role()
    {
        Assert.Equal(("某部、某总署", 0), (Body(Inline, 1, ItemKinds.Measure).Units, Body(Inline, 1, ItemKinds.Measure).Roles.Count));
        var lead = Body(Inline, 3, ItemKinds.Measure);
        Assert.Equal("某发展改革委、某运输部、某总署", lead.Units);
        Assert.Equal([new RoleUnits(UnitRoles.Lead, "某发展改革委")], lead.Roles);
    }

    [Fact]
    public void The_agent_after_由_inside_a_clause_and_subjects_before_支持_or_按职责分工_are_units()
    {
        Assert.Equal("某财政部、某部", Body(Inline, 2, ItemKinds.Measure).Units);
        Assert.Equal("人民银行、某外汇局", Body(Inline, 4, ItemKinds.Measure).Units);
        Assert.Equal("某财政部、某总署", Body(Inline, 5, ItemKinds.Measure).Units);
    }

    [Fact]
    public void The_由_of_自由_introduces_no_agent()
    {
        Assert.Null(Body(Inline, 6, ItemKinds.Measure).Units);
    }

    [Fact]
    public void A_name_holding_a_verb_of_its_own_is_still_the_subject()
    {
        var body = Body("某省会展业发展若干措施\n\n一、保障措施\n\n（一）加强统筹协调。省推进会展业发展工作领导小组要定期研究重大问题。\n", 1);
        Assert.Equal("省推进会展业发展工作领导小组", body.Units);
    }

    [Fact]
    public void Bodies_joined_under_one_shared_modifier_are_one_collective_unit()
    {
        var resolver = new AgencyResolver(TestCorpus.Options.Gazetteer!);
        var names = resolver.ResolveList("省商务厅，各口岸所在盟市行政公署、人民政府", Jurisdiction.Unknown).Select(a => (a.AsWritten, a.Name)).ToList();
        Assert.Equal([("省商务厅", "省商务厅"), ("各口岸所在盟市行政公署、人民政府", "各口岸所在盟市行政公署、人民政府")], names);
        var managed = resolver.ResolveList("各开发区所在市政府、管委会", Jurisdiction.Unknown).Select(a => a.AsWritten);
        Assert.Equal(["各开发区所在市政府、管委会"], managed);
    }

    [Fact]
    public void A_named_agency_after_a_collective_is_still_an_agency_of_its_own()
    {
        var names = new AgencyResolver(TestCorpus.Options.Gazetteer!)
            .ResolveList("各口岸所在盟市行政公署、省商务厅", Jurisdiction.Unknown).Select(a => a.AsWritten).ToList();
        Assert.Equal(["各口岸所在盟市行政公署", "省商务厅"], names);
    }

    private const string Joined = """
        某省会展业发展若干措施

        一、保障措施

        （一）简化通关流程。省海关要会同省税务局简化出口退税流程。

        （二）加强金融服务。省地方金融管理局联合中国人民银行某省分行、省财政厅研究出台支持政策。

        （三）建立联络机制。省商务厅要会同省税务局设立联络办，会同有关部门定期会商。
        """;

    [Fact]
    public void Units_joined_by_会同_count_whatever_verb_follows_them()
    {
        Assert.Equal("省海关、省税务局", Body(Joined, 1).Units);
        Assert.Empty(Body(Joined, 1).Roles);
        Assert.Equal("省地方金融管理局、中国人民银行某省分行、省财政厅", Body(Joined, 2).Units);
    }

    [Fact]
    public void A_joined_name_never_runs_on_into_a_verb_s_object_and_有关部门_is_no_unit()
    {
        Assert.Equal("省商务厅、省税务局", Body(Joined, 3).Units);
    }
}
