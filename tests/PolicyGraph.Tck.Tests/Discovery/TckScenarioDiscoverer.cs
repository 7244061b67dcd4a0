using PolicyGraph.Testing.Tck;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PolicyGraph.Tck.Tests.Discovery;

/// <summary>Yields one test case per concrete scenario, or a single skipped case when the TCK folder is absent.</summary>
public sealed class TckScenarioDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var names = TckCatalog.Default?.Scenarios.Select(s => s.DisplayName) ?? [TckScenarioTestCase.MissingTckName];
        return names.Select(name =>
            new TckScenarioTestCase(diagnosticMessageSink, display, displayOptions, testMethod, name));
    }
}
