using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher.Ast;
using PolicyGraph.Embedded.Values;

namespace PolicyGraph.Embedded.Execution;

// CALL: procedure lookup, argument checks (before any row is produced), YIELD and standalone calls.
internal sealed partial class QueryExecutor
{
    /// <summary>Checks every CALL of a single query against the registry, as a compiler would.</summary>
    private void ValidateCalls(SingleQuery query)
    {
        var standalone = query.Clauses.Count == 1;
        foreach (var call in query.Clauses.OfType<CallClause>())
        {
            var procedure = Resolve(call);
            var inputs = procedure.Signature.Inputs;
            if (call.Arguments is null && !standalone && inputs.Count > 0)
                throw PolicyGraph.Cypher.CypherErrors.Syntax("InvalidArgumentPassingMode",
                    $"Procedure {call.ProcedureName} takes arguments; pass them explicitly when the call is part of a larger query.", call.Position);
            var required = inputs.Count(i => !i.IsOptional);
            if (call.Arguments is { } arguments && (arguments.Count < required || arguments.Count > inputs.Count))
                throw PolicyGraph.Cypher.CypherErrors.Syntax("InvalidNumberOfArguments",
                    required == inputs.Count
                        ? $"Procedure {call.ProcedureName} takes {inputs.Count} argument(s), got {arguments.Count}."
                        : $"Procedure {call.ProcedureName} takes {required} to {inputs.Count} arguments, got {arguments.Count}.",
                    call.Position);
            for (var i = 0; i < (call.Arguments?.Count ?? 0); i++)
            {
                if (call.Arguments![i] is Literal literal && !inputs[i].Accepts(_context.Evaluate(literal, Row.Empty)))
                    throw PolicyGraph.Cypher.CypherErrors.Syntax("InvalidArgumentType",
                        $"Argument '{inputs[i].Name}' of {call.ProcedureName} must be {inputs[i].Type}.", literal.Position);
            }
            foreach (var item in call.Yield ?? [])
            {
                if (procedure.Signature.Outputs.All(o => o.Name != item.Field))
                    throw PolicyGraph.Cypher.CypherErrors.Syntax("UndefinedVariable", $"Procedure {call.ProcedureName} has no output '{item.Field}'.", item.Position);
            }
        }
    }

    private Procedure Resolve(CallClause call) =>
        _procedures.TryGet(call.ProcedureName, out var procedure)
            ? procedure
            : throw new CypherException("ProcedureError", "ProcedureNotFound", QueryPhase.CompileTime,
                $"There is no procedure named '{call.ProcedureName}' (line {call.Position.Line}, column {call.Position.Column}).",
                call.Position.Line, call.Position.Column);

    /// <summary>The (output field, variable) pairs a call binds: its YIELD items, or every output when it has none.</summary>
    private static (string Field, string Variable)[] Yielded(CallClause call, Procedure procedure) =>
        call.Yield is { } items
            ? items.Select(i => (i.Field, i.VariableName)).ToArray()
            : procedure.Signature.Outputs.Select(o => (o.Name, o.Name)).ToArray();

    private IEnumerable<Row> Call(CallClause call, IEnumerable<Row> rows, List<string> scope, bool standalone)
    {
        var procedure = Resolve(call);
        var yielded = standalone || call.Yield is not null ? Yielded(call, procedure) : [];
        AddToScope(scope, yielded.Select(y => y.Variable));
        return rows.SelectMany(row => CallRow(call, procedure, yielded, row));
    }

    private IEnumerable<Row> CallRow(CallClause call, Procedure procedure, (string Field, string Variable)[] yielded, Row row)
    {
        var arguments = Arguments(call, procedure, row);
        var results = procedure.Invoke(arguments, _context.Graph);
        if (procedure.Signature.Outputs.Count == 0)
        {
            foreach (var _ in results) _context.Tick();
            yield return row;
            yield break;
        }
        var outputs = procedure.Signature.Outputs;
        var any = false;
        foreach (var result in results)
        {
            _context.Tick();
            var bound = row;
            foreach (var (field, variable) in yielded)
            {
                var index = outputs.Select((o, i) => (o, i)).First(p => p.o.Name == field).i;
                bound = bound.With(variable, CypherValues.Normalize(result[index]));
            }
            if (call.Where is null || _context.IsTrue(call.Where, bound))
            {
                any = true;
                yield return bound;
            }
        }
        if (!any && call.Optional) yield return WithNulls(row, yielded.Select(y => y.Variable));
    }

    private object?[] Arguments(CallClause call, Procedure procedure, Row row)
    {
        var inputs = procedure.Signature.Inputs;
        var values = new object?[inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var value = call.Arguments is { } explicitArguments
                ? i < explicitArguments.Count ? _context.Evaluate(explicitArguments[i], row) : inputs[i].DefaultValue
                : ImplicitArgument(call, inputs[i]);
            if (!inputs[i].Accepts(value))
                throw ExecutionErrors.At(call, "TypeError", "InvalidArgumentType",
                    $"Argument '{inputs[i].Name}' of {call.ProcedureName} must be {inputs[i].Type}, got {CypherValues.TypeName(value)}");
            values[i] = inputs[i].Coerce(value);
        }
        return values;
    }

    private object? ImplicitArgument(CallClause call, ProcedureField input) =>
        _context.Evaluation.Parameters.TryGetValue(input.Name, out var value)
            ? value
            : input.IsOptional ? input.DefaultValue : throw ExecutionErrors.At(call, "ParameterMissing", "MissingParameter",
                $"CALL {call.ProcedureName} without parentheses takes '{input.Name}' from the parameter ${input.Name}, which is missing",
                QueryPhase.CompileTime);
}
