using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>
/// Agency and zone names share one trie. These use an invented district (青云港区) whose customs office's name
/// starts with the district's, so one walk meets a zone name and, further on, an agency name.
/// </summary>
public class SharedNameTrieTests
{
    private static readonly Gazetteer Gazetteer = WithRows(
        agencyRow: "青云港区海关\t青云海关\tmunicipal\tcustoms\tQingyungang Customs\t福州市",
        zoneRow: "青云港区\t-\tdistrict\tdistrict\t福州市\tQingyungang District");

    private const string Text = "青云港区海关会同青云港区人民政府，在青云港区开展试点。";

    [Fact]
    public void The_zone_scan_steps_over_an_agency_name_that_starts_with_a_zone_name()
    {
        var zones = new ZoneResolver(Gazetteer).FindMentions("青云港区海关负责。", Contexts.Fuzhou);

        Assert.Empty(zones);
    }

    [Fact]
    public void The_zone_scan_finds_the_zone_once_where_it_stands_alone()
    {
        var zones = new ZoneResolver(Gazetteer).FindMentions(Text, Contexts.Fuzhou);

        Assert.Equal(["zone:青云港区"], zones.Select(z => z.Id));
    }

    [Fact]
    public void The_agency_scan_finds_the_registered_name_and_the_place_qualified_government()
    {
        var names = new AgencyResolver(Gazetteer).FindMentions(Text, Contexts.Fuzhou).Select(a => a.Name);

        Assert.Equal(["青云港区海关", "青云港区人民政府"], names);
    }

    [Fact]
    public void An_agency_alias_is_found_in_free_text()
    {
        var names = new AgencyResolver(Gazetteer).FindMentions("由青云海关负责。", Contexts.Fuzhou).Select(a => a.Name);

        Assert.Equal(["青云港区海关"], names);
    }

    /// <summary>The shipped reference files with one row appended to agencies.tsv and one to zones.tsv.</summary>
    private static Gazetteer WithRows(string agencyRow, string zoneRow)
    {
        var directory = Directory.CreateTempSubdirectory("pg-shared-trie-");
        try
        {
            foreach (var file in Directory.GetFiles(SeedFiles.ReferenceDirectory, "*.tsv"))
                File.Copy(file, Path.Combine(directory.FullName, Path.GetFileName(file)));
            File.AppendAllLines(Path.Combine(directory.FullName, Gazetteer.AgenciesFile), [agencyRow]);
            File.AppendAllLines(Path.Combine(directory.FullName, Gazetteer.ZonesFile), [zoneRow]);
            return Gazetteer.Load(directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
