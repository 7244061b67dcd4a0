namespace PolicyGraph.Embedded.Expressions;

/// <summary>An expression compiled into a delegate: evaluate it against a row as many times as needed.</summary>
public delegate object? CompiledExpression(IRow row, EvaluationContext context);
