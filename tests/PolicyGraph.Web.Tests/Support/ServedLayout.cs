using Newtonsoft.Json.Linq;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>What a served view says about its layout.</summary>
public static class ServedLayout
{
    /// <summary>Whether a node of a served view carries the server's position.</summary>
    public static bool Positioned(JToken node) => node["position"] is { Type: not JTokenType.Null };
}
