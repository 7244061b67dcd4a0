using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>
/// The one walk over a text for agency and zone mentions finds what the two scans find on their own: each keeps its
/// position (the agency scan steps over an agency it matched, the zone scan over any agency name), so the walk must
/// not let one scan's step move the other.
/// </summary>
public sealed class MentionScanTests
{
    private static readonly AgencyResolver Agencies = new(SeedFiles.Gazetteer);
    private static readonly ZoneResolver Zones = new(SeedFiles.Gazetteer);

    [Fact]
    public void Agencies_and_zones_of_one_sentence_are_found_in_written_order_the_place_of_a_department_being_a_zone()
    {
        var (agencies, zones) = Scan("福州市商务局会同马尾区人民政府在福州片区、厦门片区开展试点。", Contexts.Fuzhou);

        Assert.Equal(["福州市商务局", "马尾区人民政府"], agencies.Select(a => a.AsWritten));
        // The zone scan steps over registered agency names and local offices only: 福州市 of 福州市商务局 is read.
        Assert.Equal(["zone:福州市", "zone:马尾区", "zone:福州片区", "zone:厦门片区"], zones.Select(z => z.Id));
    }

    [Fact]
    public void A_customs_office_named_after_a_district_is_an_agency_and_not_the_district()
    {
        var (agencies, zones) = Scan("马尾海关负责。", Contexts.Fuzhou);

        Assert.Equal(["马尾海关"], agencies.Select(a => a.AsWritten));
        Assert.Empty(zones);
    }

    [Fact]
    public void The_lists_are_cleared_before_each_text()
    {
        List<ResolvedAgency> agencies = [];
        List<ResolvedZone> zones = [];
        var scan = new MentionScan(Agencies, Zones, SeedFiles.Gazetteer.RegistryNames);

        scan.Find("福州市商务局在福州片区开展试点。", Contexts.Fuzhou, agencies, zones);
        scan.Find("加强组织领导。", Contexts.Fuzhou, agencies, zones);

        Assert.Empty(agencies);
        Assert.Empty(zones);
    }

    [Fact]
    public void Every_line_of_the_seeds_gives_what_the_two_scans_give_apart()
    {
        var lines = Directory.GetFiles(SeedFiles.DocumentsDirectory, "*.txt").SelectMany(File.ReadLines).ToList();

        Assert.True(lines.Count > 500, $"only {lines.Count} seed lines");
        foreach (var context in new[] { Contexts.Fuzhou, Contexts.Fujian, Contexts.Cangshan })
        {
            foreach (var line in lines)
            {
                var (agencies, zones) = Scan(line, context);
                Assert.Equal(Agencies.FindMentions(line, context).Select(a => a.Id), agencies.Select(a => a.Id));
                Assert.Equal(Zones.FindMentions(line, context).Select(z => z.Id), zones.Select(z => z.Id));
            }
        }
    }

    private static (List<ResolvedAgency> Agencies, List<ResolvedZone> Zones) Scan(string text, Jurisdiction context)
    {
        List<ResolvedAgency> agencies = [];
        List<ResolvedZone> zones = [];
        new MentionScan(Agencies, Zones, SeedFiles.Gazetteer.RegistryNames).Find(text, context, agencies, zones);
        return (agencies, zones);
    }
}
