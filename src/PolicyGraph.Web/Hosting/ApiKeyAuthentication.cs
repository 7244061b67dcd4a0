using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PolicyGraph.Web.Hosting;

/// <summary>One configured API key and the role it grants (<see cref="ApiKeyAuthentication.WriterRole"/> may write).</summary>
public sealed class ApiKeyGrant
{
    public string Key { get; init; } = "";

    public string Role { get; init; } = "";
}

/// <summary>
/// The API keys of <c>PolicyGraph:Web:ApiKeys</c> (a list of <c>{ "Key": "…", "Role": "writer" }</c>). Without any, the
/// write endpoints are not mapped at all: the app stays read-only and anonymous.
/// </summary>
public sealed class ApiKeyOptions
{
    public IReadOnlyList<ApiKeyGrant> ApiKeys { get; init; } = [];

    public bool Enabled => ApiKeys.Any(k => k.Key.Length > 0);
}

/// <summary>
/// An authentication scheme that reads the key from the <c>X-Api-Key</c> header and compares it in constant time with
/// the configured ones. A request without the header is anonymous (reads stay open); a wrong key fails without ever
/// repeating it, so no key reaches a log.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<ApiKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string WriterRole = "writer";
    public const string WriterPolicy = "DocumentWriter";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || values.Count == 0)
            return Task.FromResult(AuthenticateResult.NoResult());
        var grant = Match(keys.Value.ApiKeys, values.ToString());
        if (grant is null)
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one this server knows."));
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"api-key:{grant.Role}"), new Claim(ClaimTypes.Role, grant.Role)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>The configured key equal to <paramref name="given"/>, or null. Both sides are hashed (equal lengths) and
    /// every key is compared, so the time taken says nothing about which key, or how much of one, matched.</summary>
    public static ApiKeyGrant? Match(IEnumerable<ApiKeyGrant> configured, string given)
    {
        var givenHash = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        ApiKeyGrant? grant = null;
        foreach (var key in configured)
        {
            var equal = CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key.Key)), givenHash);
            if (equal && key.Key.Length > 0 && grant is null) grant = key;
        }
        return grant;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        return base.HandleChallengeAsync(properties);
    }
}

public static class ApiKeyRegistration
{
    /// <summary>The API-key scheme and the writer policy; the keys come from <c>PolicyGraph:Web:ApiKeys</c>.</summary>
    public static IServiceCollection AddApiKeyAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(PolicyGraphWebOptions.SectionName))
            .Validate(o => o.ApiKeys.All(k => k.Key.Length >= 16 && k.Role.Length > 0),
                "Every PolicyGraph:Web:ApiKeys entry needs a Key of at least 16 characters and a Role.")
            .ValidateOnStart();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.WriterPolicy, policy => policy.RequireRole(ApiKeyAuthentication.WriterRole));
        return services;
    }
}
