namespace PolicyGraph.Embedded.Tests.Persistence;

/// <summary>A fact that needs <c>/proc/self/smaps</c> (Linux); skipped elsewhere.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "reads /proc/self/smaps, which only Linux has";
    }
}
