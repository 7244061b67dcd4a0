using PolicyGraph.Ingest.Repair;

namespace PolicyGraph.Ingest.Extraction;

/// <summary>Units stated as the subject of a clause of the text ("省商务厅要…", "…，各市人民政府要…", "…由A另行制定").</summary>
internal static partial class ResponsibilityClauses
{
    /// <summary>
    /// Units that open a clause of the measure's text, as its subject: "省自贸办要加强统筹协调", "A、B负责推行…",
    /// "省商务厅牵头，会同南京海关、省交通运输厅推进…" (the lead stated; the units after 会同 with no role), and the
    /// subjects of later clauses ("各市人民政府要…，省商务厅要会同…", "…。市政府督查室将…"). A clause opens at the
    /// text's start or after 。；，; the list must be followed by a word of the subject-follow vocabulary and name
    /// nothing but agencies. Each subject keeps only the role its own clause states.
    /// </summary>
    public static ResponsibilityClause? SubjectUnits(LogicalLine line, int restStart, int textLength)
    {
        var end = restStart + Math.Min(textLength, line.Text.Length - restStart);
        var statements = new List<UnitStatement>();
        var (first, last) = (-1, -1);
        for (var start = restStart; start < end; start = NextClause(line.Text, start, end))
        {
            if ((SubjectStatementAt(line.Text, start, end) ?? AgentAfterYou(line.Text, start, end)) is not var (statement, at, after)) continue;
            if (!statements.Exists(s => s.Units == statement.Units)) statements.Add(statement);
            if (first < 0) first = at;
            (last, start) = (after, after - 1);
        }
        if (statements.Count == 0) return null;
        var units = statements.Count == 1 ? statements[0] : Joined(statements);
        return new ResponsibilityClause(null, units, null, line.LineAt(first), line.Quote(first, last - first));
    }

    /// <summary>The subject opening the clause at <paramref name="start"/>, with the units it joins (会同 A、B), and where it ends.</summary>
    private static (UnitStatement Statement, int Start, int After)? SubjectStatementAt(string text, int start, int end)
    {
        if (SubjectAt(text, start, end) is not var (names, follower, after)) return null;
        var role = RoleWords.RoleOf(follower);
        var statements = new List<UnitStatement> { UnitStatement.Parse(names, role == UnitRoles.Lead ? role : null) };
        var next = after;
        if (role == UnitRoles.Lead && next < end && text[next] is '，' or ',') next++;
        after = Math.Max(after, JoinedUnits(text, follower, after, next, end, statements));
        return (statements.Count == 1 ? statements[0] : Joined(statements), start, after);
    }

    /// <summary>
    /// The units joined to a subject by 会同/联合 (the follower itself, or the word at <paramref name="next"/>), added
    /// to <paramref name="statements"/> with no role; returns where the last of them ends, or -1.
    /// </summary>
    private static int JoinedUnits(string text, string? follower, int after, int next, int end, List<UnitStatement> statements)
    {
        var last = -1;
        foreach (var joiner in ExtractionVocabulary.Default.SubjectJoiners)
        {
            var at = follower == joiner ? after : next < end && text.AsSpan(next, end - next).StartsWith(joiner, StringComparison.Ordinal) ? next + joiner.Length : -1;
            if (at < 0 || (SubjectAt(text, at, end) is var (subject, _, subjectAfter) ? (subject, subjectAfter) : JoinedList(text, at, end))
                is not var (more, joinedAfter)) continue;
            statements.Add(UnitStatement.Parse(more));
            last = Math.Max(last, joinedAfter);
        }
        return last;
    }

    /// <summary>
    /// The names after 会同/联合 when no subject-follow word comes after them ("会同省税务局简化流程"): names joined by
    /// 、和及与; each is the shortest agency name there ("省税务局" before "简化…"), or a longer one running on with a
    /// place or branch to where the list goes on or the clause ends ("中国人民银行上海总部、…"), never one running on
    /// with a verb and its object ("省税务局设立联络办"); "有关部门" names none.
    /// </summary>
    private static (string Names, int After)? JoinedList(string text, int at, int end)
    {
        var stop = text.AsSpan(at, end - at).IndexOfAny(ClauseBreaks);
        var clauseEnd = stop < 0 ? end : at + stop;
        var (position, after) = (at, -1);
        while (position < clauseEnd && JoinedNameEnd(text, position, clauseEnd) is var nameEnd && nameEnd > 0)
        {
            after = nameEnd;
            if (nameEnd >= clauseEnd || !ListJoiners.Contains(text[nameEnd])) break;
            position = nameEnd + 1;
        }
        return after > 0 && NamesAgencies(text[at..after]) ? (text[at..after], after) : null;
    }

    private static readonly char[] ListJoiners = ['、', '和', '及', '与'];

    /// <summary>Where the name at <paramref name="start"/> ends (see <see cref="JoinedList"/>), or -1.</summary>
    private static int JoinedNameEnd(string text, int start, int clauseEnd)
    {
        var shortest = -1;
        for (var p = start + 2; p <= Math.Min(clauseEnd, start + MaxLabelLineName); p++)
        {
            var name = text[start..p];
            if (!IsAgencyName(name) || (shortest > 0 && !NameGoesOn(text[shortest..p]))) continue;
            // "会同有关部门…": a vague determiner names no agency, and 有关部 would be a word cut short.
            if (OpensWithVagueDeterminer(name)) return -1;
            if (p == clauseEnd || ListJoiners.Contains(text[p]) || text[p] == '等') return p;
            if (shortest < 0) shortest = p;
        }
        return shortest;
    }

    /// <summary>有关, 相关, 其他 … (vague determiners of two characters or more) open the text.</summary>
    private static bool OpensWithVagueDeterminer(string text) =>
        ExtractionVocabulary.Default.VagueDeterminers.Any(word => word.Length >= 2 && text.StartsWith(word, StringComparison.Ordinal));

    /// <summary>
    /// What follows a shorter name is more of the same name — a place or a branch ("中国人民银行" + "上海总部", + "某省
    /// 分行": a level word in it) — not a verb and its object ("省税务局" + "设立联络办").
    /// </summary>
    private static bool NameGoesOn(string extension) =>
        !HoldsVerb(extension) && (StartsWithPlaceOrAgency(extension) || HoldsLevelWord(extension));

    private static bool HoldsLevelWord(string text)
    {
        var levels = Resolution.Gazetteer.Default.LevelWords;
        for (var i = 0; i < text.Length; i++)
        {
            if (levels.Starts(text[i]) && levels.At(text, i) is not null) return true;
        }
        return false;
    }

    /// <summary>A clause opener or subject-follow word of two characters or more stands in <paramref name="text"/>.</summary>
    private static bool HoldsVerb(string text)
    {
        var vocabulary = ExtractionVocabulary.Default;
        return vocabulary.ClauseOpeners.Concat(vocabulary.SubjectFollowers)
            .Any(verb => verb.Length >= 2 && text.Contains(verb, StringComparison.Ordinal));
    }

    private static UnitStatement Joined(List<UnitStatement> statements) =>
        new(string.Join("、", statements.Select(s => s.Units)), statements.SelectMany(s => s.Roles).ToList());

    /// <summary>
    /// "具体办法由财政部、商务部另行制定", "所需资金由市财政局统筹安排": 由 inside the clause introduces who does the
    /// work, a subject like one opening the clause (the 由 of 自由 or 理由 introduces none).
    /// </summary>
    private static (UnitStatement Statement, int Start, int After)? AgentAfterYou(string text, int start, int end)
    {
        var clauseEnd = NextClause(text, start, end);
        for (var at = text.IndexOf('由', start, clauseEnd - start); at >= 0 && at + 1 < clauseEnd; at = text.IndexOf('由', at + 1, clauseEnd - at - 1))
        {
            if (!EndsWordWithYou(text, at) && SubjectStatementAt(text, at + 1, end) is { } agent) return agent;
        }
        return null;
    }

    private static bool HoldsAgentYou(string names)
    {
        for (var at = names.IndexOf('由'); at >= 0; at = names.IndexOf('由', at + 1))
        {
            if (!EndsWordWithYou(names, at)) return true;
        }
        return false;
    }

    private static bool EndsWordWithYou(string text, int at)
    {
        foreach (var word in ExtractionVocabulary.Default.WordsEndingInYou)
        {
            var from = at + 1 - word.Length;
            if (from >= 0 && text.AsSpan(from, word.Length).SequenceEqual(word)) return true;
        }
        return false;
    }

    /// <summary>Where the clause after the one at <paramref name="start"/> opens: after the next 。；or ，.</summary>
    private static int NextClause(string text, int start, int end)
    {
        var stop = text.AsSpan(start, end - start).IndexOfAny(ClauseBreaks);
        return stop < 0 ? end : start + stop + 1;
    }

    /// <summary>The shortest list of agencies at <paramref name="start"/> followed by a subject-follow word.</summary>
    private static (string Names, string Follower, int After)? SubjectAt(string text, int start, int end)
    {
        var limit = Math.Min(end, start + MaxUnlabelledLength);
        var vocabulary = ExtractionVocabulary.Default;
        for (var p = start + 2; p < limit; p++)
        {
            // A quotation is no list of names: "按照“省商务厅要…”的部署" quotes a subject, it states none.
            if (text[p - 1] is '，' or '。' or '；' or '：' or ',' or ';' or '“' or '"' or '「' or '‘') return null;
            if (!vocabulary.SubjectFollowerStarts.Contains(text[p])) continue;
            foreach (var follower in vocabulary.SubjectFollowers)
            {
                if (!text.AsSpan(p, limit - p).StartsWith(follower, StringComparison.Ordinal)) continue;
                var names = text[start..p];
                // "推进自由贸易试验区管委会牵头…": a clause opening with a verb of duty has no subject before it;
                // "具体办法由A、B另行制定": the agent after 由 is the subject (AgentAfterYou), not the words before it.
                if (OpensWithDutyVerb(names) || HoldsAgentYou(names) || HoldsVerbBeforeName(names)) return null;
                // "推进建设（对省政府负责）": a bracket left open inside the run is no list of names.
                if (!LineShapes.HasUnclosedBracket(names) && NamesAgencies(names)) return (names, follower, p + follower.Length);
            }
        }
        return null;
    }

    /// <summary>
    /// "重点支持省投资集团有限公司", "重点争取国家发展改革委": a verb of two characters or more (a clause opener or a
    /// subject-follow word) inside the run with an agency's name after it — the name is its object, the run no subject.
    /// </summary>
    private static bool HoldsVerbBeforeName(string names)
    {
        var vocabulary = ExtractionVocabulary.Default;
        foreach (var verb in vocabulary.ClauseOpeners.Concat(vocabulary.SubjectFollowers))
        {
            if (verb.Length < 2) continue;
            for (var at = names.IndexOf(verb, 1, StringComparison.Ordinal); at > 0; at = names.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                var rest = names[(at + verb.Length)..];
                if (rest.Length >= 2 && StartsWithPlaceOrAgency(rest) && NamesAgencies(rest)) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A level word, a place or a registered agency opens the text (省投资集团…, 国家发展改革委): the start of a name of
    /// its own, where "推进西部陆海新通道建设工作领导小组" goes on as one name.
    /// </summary>
    private static bool StartsWithPlaceOrAgency(string text)
    {
        var gazetteer = Resolution.Gazetteer.Default;
        return gazetteer.LevelWords.At(text, 0) is not null
            || gazetteer.RegistryNames.LongestAt(text, 0) is { } names && (names.Agency is not null || names.Zone is not null);
    }

    /// <summary>The text opens with a subject-follow word of two characters or more (推进, 加强, 负责): a verb, not a name.</summary>
    private static bool OpensWithDutyVerb(string text)
    {
        foreach (var follower in ExtractionVocabulary.Default.SubjectFollowers)
        {
            if (follower.Length >= 2 && text.StartsWith(follower, StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
