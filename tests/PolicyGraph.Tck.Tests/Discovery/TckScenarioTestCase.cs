using System.ComponentModel;
using PolicyGraph.Testing.Tck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PolicyGraph.Tck.Tests.Discovery;

/// <summary>A test case for one TCK scenario; its only argument, and its display name, is the scenario's name.</summary>
public sealed class TckScenarioTestCase : XunitTestCase
{
    public const string MissingTckName = "openCypher TCK (folder not found)";

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer", error: true)]
    public TckScenarioTestCase()
    {
    }

    public TckScenarioTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod,
        string scenarioName)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod, [scenarioName])
    {
    }

    private string ScenarioName => (string)TestMethodArguments[0];

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => ScenarioName;

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        if (ScenarioName == MissingTckName)
        {
            return TckCatalog.MissingReason;
        }
        return TckCatalog.Default?.Find(ScenarioName).IsIgnored == true ? "Tagged @ignore in the TCK." : null;
    }
}
