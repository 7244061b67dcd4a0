namespace PolicyGraph.Benchmarks;

/// <summary>Whether a libc call works on this machine, tried once: false where the library or the function is missing.</summary>
internal static class LibcProbe
{
    public static bool Works(Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
