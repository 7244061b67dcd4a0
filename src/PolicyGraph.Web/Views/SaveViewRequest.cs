using System.Text.RegularExpressions;
using PolicyGraph.Core.Querying;
using PolicyGraph.Cypher;
using PolicyGraph.Web.Queries;

namespace PolicyGraph.Web.Views;

/// <summary>A parameter of a view being saved; <see cref="Default"/> is header text ("null" for a null default), absent when required.</summary>
public sealed record SaveViewParameter(string? Name, string? Type, string? Default, string? Description);

/// <summary>A view to save: title (Chinese, optional English), the question it answers, read-only Cypher and its parameters.</summary>
public sealed record SaveViewRequest(
    string? Title, string? TitleEn, string? Answers, string? AnswersZh, string? Query, IReadOnlyList<SaveViewParameter>? Parameters);

/// <summary>A request that cannot be saved: the HTTP status (400 or 413), a title and what to change.</summary>
public sealed record SaveViewProblem(int Status, string Title, string Detail, CypherException? QueryError = null);

/// <summary>Checks a save request against the header format, the limits and the console's read-only rule.</summary>
public static partial class SaveViewValidation
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ParameterName();

    /// <summary>The view to store, or the first problem; <paramref name="name"/> is already sanitised.</summary>
    public static (NamedQuery? View, SaveViewProblem? Problem) Validate(
        string name, SaveViewRequest request, SavedViewOptions options, int maxQueryLength)
    {
        var query = WithoutClosingLine((request.Query ?? "").Replace("\r\n", "\n").Trim());
        if (query.Length == 0)
            return Fail("Missing query", "Send the view's Cypher as \"query\".");
        if (StatementEndLine(query) is { } end)
            return Fail("Invalid query", $"Line {end} holds only ';': in a saved view's file such a line ends the statement, so it may only be the last line.");
        if (query.Length > maxQueryLength)
            return (null, new(StatusCodes.Status413PayloadTooLarge, "Query too long", $"A saved view holds at most {maxQueryLength} characters of Cypher; this one has {query.Length}."));
        if ((HeaderText("title", request.Title, options, required: true) ?? HeaderText("titleEn", request.TitleEn, options)
            ?? HeaderText("answers", request.Answers, options) ?? HeaderText("answersZh", request.AnswersZh, options)) is { } textProblem)
            return (null, textProblem);
        if (request.Title!.Contains('|', StringComparison.Ordinal))
            return Fail("Invalid title", "The title must not contain '|' (it separates the Chinese and the English title in the file).");
        if (ReadOnlyProblem(query) is { } queryError)
            return (null, new(StatusCodes.Status400BadRequest, $"{queryError.Category}: {queryError.Detail}", queryError.Message, queryError));
        var parameters = new List<QueryParameter>();
        foreach (var parameter in request.Parameters ?? [])
        {
            var (declared, problem) = Parameter(parameter, options);
            if (problem is not null)
                return (null, problem);
            parameters.Add(declared!);
        }
        if (parameters.Count > options.MaxParameters)
            return Fail("Too many parameters", $"A saved view declares at most {options.MaxParameters} parameters.");
        if (parameters.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return Fail("Invalid parameter", $"Parameter '{twice.Key}' is declared twice.");
        var title = request.Title.Trim();
        var answers = request.Answers?.Trim() ?? "";
        return (new NamedQuery(name, title, NonEmpty(request.TitleEn) ?? title, answers, NonEmpty(request.AnswersZh) ?? answers,
            parameters, [], query, name), null);
    }

    /// <summary>
    /// The console's rule, checked before anything is stored: the text compiles and nothing in it can write
    /// (CREATE, MERGE, SET, DELETE, a writing procedure …). The error carries the line and column.
    /// </summary>
    public static CypherException? ReadOnlyProblem(string query)
    {
        try
        {
            var compiled = CypherFrontEnd.Compile(query);
            if (QueryInspection.FirstUpdate(compiled) is not { } update)
                return null;
            return new CypherException("AccessModeError", "WriteInReadOnlyQuery", QueryPhase.CompileTime,
                $"{update.Description} at {update.Node.Position} may modify the graph, but a saved view must be read-only.",
                update.Node.Position.Line, update.Node.Position.Column);
        }
        catch (CypherException error)
        {
            return error;
        }
    }

    private static (QueryParameter?, SaveViewProblem?) Parameter(SaveViewParameter parameter, SavedViewOptions options)
    {
        var name = parameter.Name?.Trim() ?? "";
        if (!ParameterName().IsMatch(name))
            return (null, Problem("Invalid parameter", $"Parameter name '{name}' must be a Cypher identifier (letters, digits, '_')."));
        if (ParameterTypeWords.Parse(parameter.Type?.Trim() ?? "") is not { } type)
            return (null, Problem("Invalid parameter", $"Parameter '{name}' has type '{parameter.Type}'; expected string, int, float or bool."));
        if (HeaderText($"description of '{name}'", parameter.Description, options) is { } problem)
            return (null, problem);
        var description = parameter.Description?.Trim() ?? "";
        if (description.StartsWith('='))
            return (null, Problem("Invalid parameter", $"The description of '{name}' must not start with '=' (the file format reads that as a default)."));
        if (parameter.Default is null)
            return (new QueryParameter(name, type, true, null, description), null);
        var literal = parameter.Default.Trim();
        if (literal.Length == 0 || literal.Any(char.IsWhiteSpace))
            return (null, Problem("Invalid parameter", $"The default of '{name}' must be one word without spaces (the file format ends it at a space)."));
        if (literal == "null")
            return (new QueryParameter(name, type, false, null, description), null);
        return ParameterValues.Convert(literal, type) is { } value
            ? (new QueryParameter(name, type, false, value, description), null)
            : (null, Problem("Invalid parameter", $"The default '{literal}' of '{name}' is not a valid {parameter.Type}."));
    }

    // Header values are one line each, bounded.
    private static SaveViewProblem? HeaderText(string field, string? value, SavedViewOptions options, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
            return required ? Problem($"Missing {field}", $"Send the view's {field}.") : null;
        if (value.Length > options.MaxTitleLength)
            return Problem($"Invalid {field}", $"The {field} has {value.Length} characters; at most {options.MaxTitleLength}.");
        return value.Any(char.IsControl) ? Problem($"Invalid {field}", $"The {field} must be one line (no line breaks or control characters).") : null;
    }

    // A query typed in the console with its closing ';' on a line of its own: the file writes that line itself.
    private static string WithoutClosingLine(string query)
    {
        var last = query.LastIndexOf('\n');
        return last >= 0 && query[(last + 1)..].Trim() == ";" ? query[..last].TrimEnd() : query;
    }

    /// <summary>The 1-based number of a line holding only ';', or null.</summary>
    private static int? StatementEndLine(string query)
    {
        var lines = query.Split('\n');
        var index = Array.FindIndex(lines, line => line.Trim() == ";");
        return index < 0 ? null : index + 1;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static SaveViewProblem Problem(string title, string detail) => new(StatusCodes.Status400BadRequest, title, detail);

    private static (NamedQuery?, SaveViewProblem?) Fail(string title, string detail) => (null, Problem(title, detail));
}
