namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The names documents give a measure's scope, units and deadline — as table headers (牵头单位 | 配合单位 | 完成时限)
/// and as labels in a closing clause ("（牵头单位：…；配合单位：…；完成时限：…）"). One vocabulary for both, so a
/// new name learnt for one layout serves the other.
/// </summary>
internal static class FieldLabels
{
    public static readonly (string Name, ColumnRole Role)[] Scope =
    [
        ("复制推广范围", ColumnRole.Scope), ("推广范围", ColumnRole.Scope), ("实施范围", ColumnRole.Scope),
        ("适用范围", ColumnRole.Scope), ("试点范围", ColumnRole.Scope),
    ];

    /// <summary>Lead and supporting names come before 责任单位, which "牵头责任单位" also contains.</summary>
    public static readonly (string Name, ColumnRole Role)[] Units =
    [
        ("牵头责任单位", ColumnRole.LeadUnits), ("牵头单位", ColumnRole.LeadUnits), ("牵头部门", ColumnRole.LeadUnits),
        ("配合单位", ColumnRole.SupportingUnits), ("配合部门", ColumnRole.SupportingUnits), ("协办单位", ColumnRole.SupportingUnits),
        ("参与单位", ColumnRole.SupportingUnits), ("协同单位", ColumnRole.SupportingUnits),
        ("报送单位", ColumnRole.SubmittingUnits), ("申报单位", ColumnRole.SubmittingUnits), ("推荐单位", ColumnRole.SubmittingUnits),
        ("责任单位", ColumnRole.Units), ("责任部门", ColumnRole.Units), ("实施单位", ColumnRole.Units),
        ("实施主体", ColumnRole.Units), ("责任主体", ColumnRole.Units),
    ];

    public static readonly (string Name, ColumnRole Role)[] Deadline =
    [
        ("完成时限", ColumnRole.Deadline), ("完成时间", ColumnRole.Deadline), ("完成期限", ColumnRole.Deadline),
        ("时间节点", ColumnRole.Deadline), ("进度安排", ColumnRole.Deadline), ("时限要求", ColumnRole.Deadline),
        ("时间安排", ColumnRole.Deadline), ("完成时限要求", ColumnRole.Deadline),
    ];

    public static IEnumerable<(string Name, ColumnRole Role)> All => Scope.Concat(Units).Concat(Deadline);

    /// <summary>The role a units column or label gives every name in it; null for plain 责任单位.</summary>
    public static string? UnitRole(ColumnRole role) => role switch
    {
        ColumnRole.LeadUnits => UnitRoles.Lead,
        ColumnRole.SupportingUnits => UnitRoles.Supporting,
        ColumnRole.SubmittingUnits => UnitRoles.Submitting,
        _ => null,
    };

    public static bool IsUnits(ColumnRole role) =>
        role is ColumnRole.Units or ColumnRole.LeadUnits or ColumnRole.SupportingUnits or ColumnRole.SubmittingUnits;
}
