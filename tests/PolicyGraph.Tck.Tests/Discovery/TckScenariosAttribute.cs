using Xunit.Sdk;

namespace PolicyGraph.Tck.Tests.Discovery;

/// <summary>
/// Marks a method taking the scenario's display name; every concrete TCK scenario becomes its own test case whose
/// display name is exactly that name (e.g. "Match1 [3] Matching nodes using multiple labels").
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
[XunitTestCaseDiscoverer("PolicyGraph.Tck.Tests.Discovery.TckScenarioDiscoverer", "PolicyGraph.Tck.Tests")]
public sealed class TckScenariosAttribute : FactAttribute;
