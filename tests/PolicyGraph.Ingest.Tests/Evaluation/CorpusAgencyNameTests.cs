using PolicyGraph.Ingest.Tests.Resolution;

namespace PolicyGraph.Ingest.Tests.Evaluation;

/// <summary>Every responsibility in the team-written corpus (provinces, regions, cities, national notices) keeps its name as written.</summary>
public class CorpusAgencyNameTests
{
    [Fact]
    public void No_agency_name_in_the_corpus_is_altered_beyond_its_qualification() =>
        AgencyNameAssertions.NoNameAlteredBeyondQualification(
            CorpusLoader.LoadDirectory(CorpusPaths.Documents, options: TestCorpus.Options), TestCorpus.Options.Gazetteer!);
}
