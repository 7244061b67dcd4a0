using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

internal static class Contexts
{
    public static readonly Jurisdiction Fuzhou = new("福州市", AdminLevel.Municipal, "福建省");
    public static readonly Jurisdiction Fujian = new("福建省", AdminLevel.Provincial, "福建省");
    public static readonly Jurisdiction Xiamen = new("厦门市", AdminLevel.Municipal, "福建省");
    public static readonly Jurisdiction Quanzhou = new("泉州市", AdminLevel.Municipal, "福建省");
    public static readonly Jurisdiction Cangshan = new("仓山区", AdminLevel.District, "福建省");
}
