namespace PolicyGraph.Ingest.Extraction;

/// <summary>
/// The names documents give a measure's scope, units and deadline — as table headers (牵头单位 | 配合单位 | 完成时限)
/// and as labels in a closing clause ("（牵头单位：…；配合单位：…；完成时限：…）"). One vocabulary for both (the
/// column rows of extraction-vocabulary.tsv), so a new name learnt for one layout serves the other.
/// </summary>
internal static class FieldLabels
{
    public static readonly (string Name, ColumnRole Role)[] Scope = Of(r => r == ColumnRole.Scope);

    /// <summary>Longest first: 牵头责任单位 (lead) is tried before the 责任单位 inside it.</summary>
    public static readonly (string Name, ColumnRole Role)[] Units = Of(IsUnits);

    public static readonly (string Name, ColumnRole Role)[] Deadline = Of(r => r == ColumnRole.Deadline);

    /// <summary>试点片区: read as a label so that "申报单位：A　　试点片区：B" on one line parses; a clause keeps no pilot areas.</summary>
    public static readonly (string Name, ColumnRole Role)[] Pilot = Of(r => r == ColumnRole.Pilot);

    public static IEnumerable<(string Name, ColumnRole Role)> All => Scope.Concat(Units).Concat(Deadline).Concat(Pilot);

    private static (string Name, ColumnRole Role)[] Of(Func<ColumnRole, bool> wanted) =>
        ExtractionVocabulary.Default.Columns.Where(c => wanted(c.Role)).ToArray();

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
