using System.Text;
using PolicyGraph.Ingest.Resolution;

namespace PolicyGraph.Ingest.Tests.Resolution;

/// <summary>
/// The mention scan skips positions where no name can start, judged on two characters (<see cref="StartPairs"/>);
/// skipping must find exactly what trying every position finds.
/// </summary>
public sealed class StartPairsTests
{
    private static readonly AgencyResolver Agencies = new(SeedFiles.Gazetteer);

    private static readonly Jurisdiction[] ContextsTried = [Contexts.Fuzhou, Contexts.Fujian, Contexts.Cangshan];

    [Fact]
    public void A_one_character_key_qualifies_its_character_before_anything_and_a_pair_only_its_own_next_character()
    {
        var starts = new StartPairs(["市", "商务", "商会"]);

        Assert.Equal(0, starts.NextIn("市x", 0));
        Assert.Equal(2, starts.NextIn("ab市", 0));
        Assert.Equal(2, starts.NextIn("商品商务", 0));
        Assert.Equal(5, starts.NextIn("商品商业商", 0));
        Assert.Equal(3, starts.NextIn("商会x", 1));
    }

    [Fact]
    public void Random_keys_qualify_exactly_the_positions_where_one_of_them_starts()
    {
        var random = new Random(9);
        // A small alphabet spread over the code units, so that first characters with and without pairs interleave.
        const string alphabet = "a\u00e9\u4e00\u5546\u5e02\u9fa5\uffff\u0100";
        for (var round = 0; round < 500; round++)
        {
            var keys = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => alphabet[random.Next(alphabet.Length)])))
                .ToHashSet();
            var starts = new StartPairs(keys);
            var text = string.Concat(Enumerable.Range(0, 40).Select(_ => alphabet[random.Next(alphabet.Length)]));
            for (var from = 0; from <= text.Length; from++)
            {
                var expected = from;
                while (expected < text.Length && !keys.Contains(text[expected].ToString())
                       && (expected + 1 == text.Length || !keys.Contains(text.Substring(expected, 2))))
                    expected++;
                Assert.Equal(expected, starts.NextIn(text, from));
            }
        }
    }

    [Fact]
    public void Every_line_of_the_seeds_gives_the_mentions_found_when_every_position_is_tried()
    {
        var lines = Directory.GetFiles(SeedFiles.DocumentsDirectory, "*.txt").SelectMany(File.ReadLines).ToList();

        Assert.True(lines.Count > 500, $"only {lines.Count} seed lines");
        foreach (var context in ContextsTried)
        {
            foreach (var line in lines)
                AssertSameMentions(line, context);
        }
    }

    [Fact]
    public void Random_runs_of_name_pieces_give_the_mentions_found_when_every_position_is_tried()
    {
        var gazetteer = SeedFiles.Gazetteer;
        string[] names =
        [
            .. gazetteer.Agencies.SelectMany(a => a.Aliases.Prepend(a.Name)),
            .. gazetteer.Zones.SelectMany(z => z.Aliases.Prepend(z.Name)),
            .. gazetteer.Departments.SelectMany(d => d.Aliases.Prepend(d.BaseName)),
            .. gazetteer.LevelWordList.Select(w => w.Word),
            .. gazetteer.Branches.SelectMany(b => b.Prefixes.Append(b.Ending)),
        ];
        names = names.Where(n => n.Length > 0).ToArray();
        var random = new Random(20261207);
        var found = 0;
        for (var round = 0; round < 3_000; round++)
        {
            var text = new StringBuilder();
            for (var piece = random.Next(1, 8); piece > 0; piece--)
            {
                var name = names[random.Next(names.Length)];
                // Whole names, their beginnings and their ends, joined by nothing or by a character of ordinary text.
                var from = random.Next(3) == 0 ? random.Next(name.Length) : 0;
                var to = random.Next(3) == 0 ? random.Next(from, name.Length) + 1 : name.Length;
                text.Append(name, from, to - from);
                if (random.Next(2) == 0) text.Append("和、的在及，各市区"[random.Next(9)]);
            }
            var context = ContextsTried[round % ContextsTried.Length];
            found += AssertSameMentions(text.ToString(), context);
        }
        Assert.True(found > 1_000, $"only {found} mentions in the random texts: they do not exercise the scan");
    }

    private static int AssertSameMentions(string text, Jurisdiction context)
    {
        var expected = Agencies.FindMentionsAtEveryPosition(text, context);
        var actual = Agencies.FindMentions(text, context);
        Assert.Equal(expected.Select(a => (a.Id, a.AsWritten)), actual.Select(a => (a.Id, a.AsWritten)));
        return actual.Count;
    }
}
