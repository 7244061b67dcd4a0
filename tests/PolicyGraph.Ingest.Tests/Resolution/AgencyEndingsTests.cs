using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>The generic endings of agency names are data (agency-endings.tsv), not code: the file alone decides.</summary>
public class AgencyEndingsTests
{
    private static readonly Jurisdiction Chengdu = new("成都市", AdminLevel.Municipal, "四川省");

    [Fact]
    public void The_shipped_endings_are_the_rows_of_the_file()
    {
        var rows = File.ReadLines(Path.Combine(SeedFiles.ReferenceDirectory, Gazetteer.AgencyEndingsFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split('\t')).Select(c => new AgencyEnding(c[0], c[1]));
        Assert.Equal(rows, SeedFiles.Gazetteer.AgencyEndingList);
        Assert.Equal(SeedFiles.Gazetteer.AgencyEndingList, Gazetteer.LoadEmbedded()!.AgencyEndingList);
    }

    [Fact]
    public void An_ending_added_to_the_file_classifies_unknown_names_and_one_removed_no_longer_does()
    {
        var shipped = new AgencyResolver(SeedFiles.Gazetteer).ResolveList("青云镇巡检司、青云镇文化站", Chengdu);
        Assert.Equal(["unknown", "station"], shipped.Select(a => a.Kind));

        var edited = WithEndings(["ending\tkind", "巡检司\tpatrol-office"]);
        var resolved = new AgencyResolver(edited).ResolveList("青云镇巡检司、青云镇文化站", Chengdu);
        Assert.Equal(["patrol-office", "unknown"], resolved.Select(a => a.Kind));
    }

    [Theory]
    [InlineData("青云镇法制室", "office")]
    [InlineData("省委政策研究室", "office")]
    [InlineData("省政府办公室", "office")]
    [InlineData("青云材料重点实验室", null)]
    [InlineData("青云非遗传承工作室", null)]
    [InlineData("青云镇会议室", null)]
    public void A_name_ending_in_an_office_word_is_an_office_and_one_ending_in_a_room_word_is_no_agency(string name, string? kind) =>
        Assert.Equal(kind, SeedFiles.Gazetteer.AgencyEndings.KindOf(name));

    [Fact]
    public void Room_and_station_words_end_agency_names_but_a_laboratory_is_no_agency()
    {
        var offices = new AgencyResolver(SeedFiles.Gazetteer).ResolveList("青云镇法制室、青云镇文化站", Chengdu);
        Assert.Equal(["office", "station"], offices.Select(a => a.Kind));
        Assert.False(SeedFiles.Gazetteer.AgencyEndings.IsWholeEnding("实验室", 0, 3));
        Assert.True(SeedFiles.Gazetteer.AgencyEndings.IsWholeEnding("督查室", 0, 3));
    }

    [Fact]
    public void A_reference_folder_without_the_file_gets_the_embedded_copy()
    {
        var required = new[] { Gazetteer.AgenciesFile, Gazetteer.DepartmentsFile, Gazetteer.ZonesFile };
        Assert.Equal(SeedFiles.Gazetteer.AgencyEndingList, LoadCopy(required, endings: null).AgencyEndingList);
    }

    [Fact]
    public void An_ending_listed_twice_is_an_error_naming_file_and_line()
    {
        var error = Assert.Throws<GazetteerFormatException>(() => WithEndings(["ending\tkind", "局\tdepartment", "局\toffice"]));
        Assert.Contains(Gazetteer.AgencyEndingsFile + ":3:", error.Message);
    }

    /// <summary>The shipped reference files with agency-endings.tsv replaced by <paramref name="lines"/>.</summary>
    private static Gazetteer WithEndings(string[] lines) =>
        LoadCopy(Directory.GetFiles(SeedFiles.ReferenceDirectory, "*.tsv").Select(Path.GetFileName).OfType<string>(), lines);

    /// <summary>A gazetteer loaded from a folder holding copies of <paramref name="files"/> and, unless null, these endings.</summary>
    private static Gazetteer LoadCopy(IEnumerable<string> files, string[]? endings)
    {
        var directory = Directory.CreateTempSubdirectory("pg-endings-");
        try
        {
            foreach (var file in files)
                File.Copy(Path.Combine(SeedFiles.ReferenceDirectory, file), Path.Combine(directory.FullName, file));
            if (endings is not null) File.WriteAllLines(Path.Combine(directory.FullName, Gazetteer.AgencyEndingsFile), endings);
            return Gazetteer.Load(directory.FullName);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
