namespace PolicyGraph.Web.Endpoints;

/// <summary>The problem+json answers OpenAPI documents for every endpoint, and those only some endpoints give.</summary>
public static class ProblemResponses
{
    /// <summary>Every endpoint: 400 (bad parameter), 404 (unknown entity or route), 413 (body or headers too large), 429.</summary>
    public static TBuilder WithProblemResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>Endpoints that run a query with the API's budget: 408 past its timeout.</summary>
    public static TBuilder WithQueryProblemResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.ProducesProblem(StatusCodes.Status408RequestTimeout);

    /// <summary>The console: also 415 (not JSON) and 503 (busy or near the memory ceiling).</summary>
    public static TBuilder WithConsoleProblemResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithQueryProblemResponses()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
