using PolicyGraph.Cypher.Ast;
using PolicyGraph.Cypher;
using PolicyGraph.Embedded.Expressions;

namespace PolicyGraph.Embedded.Execution;

// EXPLAIN and PROFILE: one row per step the executor takes, from the same decisions it makes when running.
internal sealed partial class QueryExecutor
{
    private static readonly string[] PlanColumns = ["step", "operator", "details", "rows"];

    // PROFILE: rows each clause produced (summed over every time it ran, e.g. inside a subquery).
    private Dictionary<Clause, long>? _profile;

    // PROFILE: for a factorised MATCH, the distinct tuples, the matches they stand for, and the tuples its WHERE kept.
    private Dictionary<Clause, (long Tuples, long Matches, long Passed)>? _tupleProfile;

    // Whether the explained statement writes: then it would run eagerly, clause by clause, without counting matches.
    private bool _explainedWrites;

    private QueryOutput Explain(ExplainedQuery explained)
    {
        _explainedWrites = PolicyGraph.Cypher.QueryInspection.IsUpdating(explained.Query);
        long? resultRows = null;
        if (explained.Profile)
        {
            _profile = new Dictionary<Clause, long>(ReferenceEqualityComparer.Instance);
            _tupleProfile = new Dictionary<Clause, (long, long, long)>(ReferenceEqualityComparer.Instance);
            var output = explained.Query is SchemaCommand command ? RunSchemaCommand(command) : Execute(explained.Query, Row.Empty, []);
            resultRows = 0;
            foreach (var _ in output.Rows)
            {
                _context.Tick();
                resultRows++;
            }
        }
        var steps = new List<Row>();
        Describe(explained.Query, [], "", steps);
        steps.Add(Step(Number("", steps), "Result", "the rows the query returns", resultRows));
        return new QueryOutput(PlanColumns, steps);
    }

    private IEnumerable<Row> Profiled(Clause clause, IEnumerable<Row> rows) => _profile is null ? rows : CountRows(clause, rows);

    private IEnumerable<Row> CountRows(Clause clause, IEnumerable<Row> rows)
    {
        _profile!.TryAdd(clause, 0);
        foreach (var row in rows)
        {
            _profile[clause]++;
            yield return row;
        }
    }

    private void ProfileTuples(Clause match, int tuples, long matches, int passed)
    {
        if (_tupleProfile is null) return;
        var (seenTuples, seenMatches, seenPassed) = _tupleProfile.GetValueOrDefault(match);
        _tupleProfile[match] = (seenTuples + tuples, seenMatches + matches, seenPassed + passed);
    }

    private void Describe(Query query, List<string> scope, string prefix, List<Row> steps)
    {
        switch (query)
        {
            case SchemaCommand command:
                steps.Add(Step(Number(prefix, steps), "Schema", CypherPrinter.Print(command), null));
                break;
            case UnionQuery union:
                Describe(union.Left, [.. scope], prefix, steps);
                DescribeSingle(union.Right, [.. scope], prefix, steps);
                steps.Add(Step(Number(prefix, steps), union.All ? "Union all" : "Union (distinct rows)", "", null));
                break;
            case SingleQuery single:
                DescribeSingle(single, scope, prefix, steps);
                break;
        }
    }

    private void DescribeSingle(SingleQuery query, List<string> scope, string prefix, List<Row> steps)
    {
        var clauses = query.Clauses;
        for (var index = 0; index < clauses.Count; index++)
        {
            var clause = clauses[index];
            if (clause is MatchClause match && index + 1 < clauses.Count && clauses[index + 1] is WithClause or ReturnClause &&
                !_eager && !_explainedWrites && FactorisedPlanFor(match, clauses[index + 1], scope) is { } plan)
            {
                var tuples = _tupleProfile?.GetValueOrDefault(match);
                var counted = string.Join(", ", plan.Slots.Select(s => s.Variable));
                var details = $"{CypherPrinter.PrintPattern(match.Pattern)}: counts matches per ({counted}) instead of making rows; " +
                              _matcher.DescribeMatch(plan.Part, scope, match.Where, counting: true) +
                              (tuples is { } t ? $"; {t.Matches:N0} matches in {t.Tuples:N0} tuples, {t.Passed:N0} kept by the WHERE" : "");
                steps.Add(Step(Number(prefix, steps), "Counting match", details, tuples?.Passed));
                AddToScope(scope, plan.Part.Variables());
                index++;
                DescribeProjection(clauses[index], scope, prefix, steps);
                continue;
            }
            switch (clause)
            {
                case MatchClause plainMatch:
                    var bound = scope.ToArray();
                    var parts = PatternPlan.ForPattern(plainMatch.Pattern)
                        .Select(part => _matcher.DescribeMatch(part, bound, plainMatch.Where, counting: false));
                    var filter = plainMatch.Where is null ? "" : $"; filter {CypherPrinter.PrintExpression(plainMatch.Where)}";
                    steps.Add(Step(Number(prefix, steps), plainMatch.Optional ? "Optional match" : "Match",
                        $"{CypherPrinter.PrintPattern(plainMatch.Pattern)}: {string.Join("; next part: ", parts)}{filter}", Counted(clause)));
                    AddToScope(scope, plainMatch.Pattern.Parts.SelectMany(p => PatternPlan.From(p).Variables()));
                    break;
                case WithClause or ReturnClause:
                    DescribeProjection(clause, scope, prefix, steps);
                    break;
                case SubqueryCallClause subquery:
                    var subqueryStep = Number(prefix, steps);
                    steps.Add(Step(subqueryStep, "Subquery per row", "CALL { … } runs the steps below once for each incoming row", Counted(clause)));
                    var firstBranch = PolicyGraph.Cypher.Semantics.SemanticAnalyzer.Branches(subquery.Query).First();
                    List<string> inner = subquery.ScopeVariables is { } imported ? imported.Select(v => v.Name).ToList()
                        : subquery.ImportsAll || PolicyGraph.Cypher.Semantics.SemanticAnalyzer.ImportsByLeadingWith(firstBranch) ? [.. scope] : [];
                    Describe(subquery.Query, inner, subqueryStep + ".", steps);
                    AddToScope(scope, PolicyGraph.Cypher.Semantics.SemanticAnalyzer.SubqueryColumns(subquery, scope));
                    break;
                default:
                    var text = CypherPrinter.PrintClause(clause);
                    steps.Add(Step(Number(prefix, steps), OperatorName(clause), text.Length > 200 ? text[..200] + " …" : text, Counted(clause)));
                    if (clause is UnwindClause unwind) AddToScope(scope, [unwind.Variable.Name]);
                    if (clause is CreateClause create) AddToScope(scope, create.Pattern.Parts.SelectMany(p => PatternPlan.From(p).Variables()));
                    if (clause is MergeClause merge) AddToScope(scope, PatternPlan.From(merge.Pattern).Variables());
                    if (clause is CallClause { Yield: { } yielded }) AddToScope(scope, yielded.Select(y => y.VariableName));
                    break;
            }
        }
    }

    private void DescribeProjection(Clause clause, List<string> scope, string prefix, List<Row> steps)
    {
        var (body, where) = ProjectionParts(clause) ?? throw new ArgumentOutOfRangeException(nameof(clause));
        var keyword = clause is WithClause ? "WITH" : "RETURN";
        var projection = new Projection(_context, body, scope);
        var items = string.Join(", ", body.Items.Select(i => i.SourceText ?? CypherPrinter.PrintExpression(i.Expression)));
        var operatorName = projection.Aggregates ? "Aggregate" : body.Distinct ? "Distinct" : "Project";
        var details = new List<string> { $"{keyword} {(body.IncludeExisting ? "*" + (items.Length > 0 ? ", " : "") : "")}{items}" };
        if (body.OrderBy.Count > 0)
        {
            var order = string.Join(", ", body.OrderBy.Select(o => CypherPrinter.PrintExpression(o.Expression) + (o.Descending ? " DESC" : "")));
            details.Add(body.Limit is null ? $"sort by {order}" : $"keep the first rows by {order} (a bounded heap, not a full sort)");
        }
        if (body.Skip is not null) details.Add($"skip {CypherPrinter.PrintExpression(body.Skip)}");
        if (body.Limit is not null) details.Add($"limit {CypherPrinter.PrintExpression(body.Limit)}");
        if (where is not null) details.Add($"filter {CypherPrinter.PrintExpression(where)}");
        steps.Add(Step(Number(prefix, steps), operatorName, string.Join("; ", details), Counted(clause)));
        if (clause is WithClause)
        {
            scope.Clear();
            scope.AddRange(projection.Columns);
        }
    }

    private long? Counted(Clause clause) => _profile is null ? null : _profile.GetValueOrDefault(clause);

    private static string OperatorName(Clause clause) => clause switch
    {
        UnwindClause => "Unwind",
        CreateClause => "Create",
        MergeClause => "Merge",
        SetClause => "Set",
        RemoveClause => "Remove",
        DeleteClause { Detach: true } => "Detach delete",
        DeleteClause => "Delete",
        ForeachClause => "Foreach",
        CallClause => "Procedure call",
        _ => clause.GetType().Name,
    };

    private static string Number(string prefix, List<Row> steps) => $"{prefix}{steps.Count(s => IsAtLevel(s, prefix)) + 1}";

    private static bool IsAtLevel(Row step, string prefix) =>
        step.Get("step") is string number && number.StartsWith(prefix, StringComparison.Ordinal) && !number[prefix.Length..].Contains('.');

    private static Row Step(string number, string operatorName, string details, long? rows) =>
        Row.Empty.With("step", number).With("operator", operatorName).With("details", details).With("rows", rows);
}
