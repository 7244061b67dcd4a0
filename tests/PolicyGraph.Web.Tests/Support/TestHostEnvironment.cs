using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace PolicyGraph.Web.Tests.Support;

/// <summary>A host environment rooted at the web project, for services built without a host.</summary>
internal sealed class TestHostEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";
    public string ApplicationName { get; set; } = "PolicyGraph.Web.Tests";
    public string ContentRootPath { get; set; } = RepositoryPaths.WebProject;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
