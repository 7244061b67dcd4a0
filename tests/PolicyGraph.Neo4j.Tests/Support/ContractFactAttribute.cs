using Xunit.Abstractions;
using Xunit.Sdk;

namespace PolicyGraph.Neo4j.Tests.Support;

/// <summary>
/// A fact of an abstract contract suite. xunit 2 has no dynamic skip, and a [Fact] on an inherited method cannot
/// know which derived class runs it, so a discoverer decides at discovery time: when the concrete test class
/// carries [SkipUnlessEnvironment("VAR", ...)] and VAR is unset, each case is reported as skipped with the reason
/// (never as passed); otherwise it runs as a normal fact.
/// </summary>
[XunitTestCaseDiscoverer("PolicyGraph.Neo4j.Tests.Support.ContractFactDiscoverer", "PolicyGraph.Neo4j.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Marks a contract-suite class that needs an environment variable (e.g. a server address) to run.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SkipUnlessEnvironmentAttribute(string variable, string reason) : Attribute
{
    public string Variable { get; } = variable;

    public string Reason { get; } = reason;
}

public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var skipReason = SkipReason(testMethod.TestClass.Class);
        IXunitTestCase testCase = skipReason is null
            ? new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)
            : new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, skipReason);
        return [testCase];
    }

    private static string? SkipReason(ITypeInfo testClass)
    {
        foreach (var requirement in testClass.GetCustomAttributes(typeof(SkipUnlessEnvironmentAttribute)))
        {
            var arguments = requirement.GetConstructorArguments().Cast<string>().ToArray();
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(arguments[0]))) return arguments[1];
        }
        return null;
    }
}
