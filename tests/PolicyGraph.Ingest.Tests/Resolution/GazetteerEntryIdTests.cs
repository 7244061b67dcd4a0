using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

public sealed class GazetteerEntryIdTests
{
    [Fact]
    public void An_agency_entry_has_the_agency_id_of_its_name_also_after_a_copy_with_another_name()
    {
        var entry = new AgencyEntry("商务部", [], "national", "ministry", null, null);

        Assert.Equal("agency:商务部", entry.Id);
        Assert.Equal("agency:海关总署", (entry with { Name = "海关总署" }).Id);
        Assert.Equal(entry, entry with { Name = "商务部" });
    }

    [Fact]
    public void A_zone_entry_has_the_zone_id_of_its_name_also_after_a_copy_with_another_name()
    {
        var entry = new ZoneEntry("福州片区", [], "ftz-area", null, ["中国（福建）自由贸易试验区"], null);

        Assert.Equal("zone:福州片区", entry.Id);
        Assert.Equal("zone:厦门片区", (entry with { Name = "厦门片区" }).Id);
    }
}
