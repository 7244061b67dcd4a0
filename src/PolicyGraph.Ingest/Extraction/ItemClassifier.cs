using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>What a numbered item is: a measure of the document's list, or a safeguard/requirement paragraph.</summary>
public static class ItemKinds
{
    public const string Measure = "measure";

    /// <summary>（一）切实加强领导 under 保障措施/组织实施/工作要求: counted apart, never in a stated total of measures.</summary>
    public const string Requirement = "requirement";
}

/// <summary>A numbered line that is in no list of the graph, with why; <c>check</c> lists it.</summary>
public sealed record UnplacedItem(int Line, string Text, string Reason);

/// <summary>Body items sorted by kind; <see cref="Unplaced"/> are numbered lines that are not items at all.</summary>
public sealed record ClassifiedItems(IReadOnlyList<BodyItem> Measures, IReadOnlyList<BodyItem> Requirements, IReadOnlyList<UnplacedItem> Unplaced);

/// <summary>
/// Sorts numbered items by what they are, from the document's shape, never its genre. Items under a heading naming
/// a requirement section (保障措施, 组织实施, 工作要求 … in the vocabulary), or under one of its sub-headings, are
/// requirements, whether their numbers restart or carry on the measures' (the heading says what they are), and so
/// are items under no heading in a document handing on a numbered task table, unless an annex table lists them as tasks (a row with the same number and an agreeing title). Numbered lines before the
/// first heading, when that heading outranks them and no more of them stand there than items under the headings,
/// are summary lines of a preamble, not items.
/// </summary>
public static class ItemClassifier
{
    private const double MinTitleAgreement = 0.3;

    public static ClassifiedItems Classify(DocumentStructure structure, IReadOnlyList<TableRow> rows, ExtractionVocabulary vocabulary)
    {
        var requirementPaths = RequirementSections(structure.Sections, vocabulary);
        var preamble = PreambleItems(structure, requirementPaths);
        var handsOnTable = HandsOnTable(structure, rows);
        var measures = new List<BodyItem>();
        var requirements = new List<BodyItem>();
        var unplaced = new List<UnplacedItem>();
        foreach (var item in structure.Items)
        {
            if (preamble.Contains(item))
            {
                unplaced.Add(new UnplacedItem(item.Line, item.Title, "a numbered summary line of the preamble, before the first heading"));
                continue;
            }
            if (IsRequirement(item, requirementPaths, rows, handsOnTable)) requirements.Add(item);
            else measures.Add(item);
        }
        return new ClassifiedItems(measures, requirements, unplaced);
    }

    /// <summary>
    /// Under a requirement heading; or standing under no heading in a document that hands on a numbered task table
    /// (<see cref="HandsOnTable"/>): the notice's paragraphs say how to carry the table out. Either way not when the
    /// table lists the item as a task.
    /// </summary>
    private static bool IsRequirement(BodyItem item, HashSet<string> requirementPaths, IReadOnlyList<TableRow> rows, bool handsOnTable) =>
        (item.SectionPath is null ? handsOnTable && !item.StatesUnitsApart : requirementPaths.Contains(item.SectionPath))
        && !ListedInTable(item, rows);

    /// <summary>
    /// The document's list is its numbered table: the table has more numbered rows than the document has items under
    /// no heading, and none of those items states units apart (a closing bracket or units line makes them measures
    /// of the document's own, beside an annex of projects).
    /// </summary>
    private static bool HandsOnTable(DocumentStructure structure, IReadOnlyList<TableRow> rows)
    {
        var unheaded = structure.Items.Where(i => i.SectionPath is null).ToList();
        return unheaded.Count > 0 && rows.Count(r => !r.Unnumbered) > unheaded.Count && !unheaded.Exists(i => i.StatesUnitsApart);
    }

    /// <summary>Paths of sections whose title, or an ancestor's, names a requirement section.</summary>
    private static HashSet<string> RequirementSections(IReadOnlyList<ParsedSection> sections, ExtractionVocabulary vocabulary)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var inherited = section.ParentPath is not null && paths.Contains(section.ParentPath);
            if (inherited || vocabulary.RequirementSectionWords.Any(w => section.Title.Contains(w, StringComparison.Ordinal)))
                paths.Add(section.Path);
        }
        return paths;
    }

    /// <summary>An annex table lists the item as a task: a row with its number and an agreeing title.</summary>
    private static bool ListedInTable(BodyItem item, IReadOnlyList<TableRow> rows) =>
        rows.Any(r => !r.Unnumbered && r.Seq == item.Seq && TitleSimilarity.Dice(r.Title, item.Title) >= MinTitleAgreement);

    /// <summary>
    /// Items before the first heading that outranks them, when no more of them stand there than in the document's
    /// own list under headings (a notice that lost its first heading keeps its list).
    /// </summary>
    private static HashSet<BodyItem> PreambleItems(DocumentStructure structure, HashSet<string> requirementPaths)
    {
        var found = new HashSet<BodyItem>(ReferenceEqualityComparer.Instance);
        var listed = structure.Items.Count(i => i.SectionPath is not null && !requirementPaths.Contains(i.SectionPath));
        if (structure.Sections.Count == 0 || listed == 0) return found;
        var first = structure.Sections[0];
        var before = structure.Items.Where(i => i.SectionPath is null && i.Line < first.Line && SectionTree.Rank(first.Marker) < SectionTree.Rank(i.Kind)).ToList();
        if (before.Count <= listed) found.UnionWith(before);
        return found;
    }
}
