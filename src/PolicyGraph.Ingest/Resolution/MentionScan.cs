namespace PolicyGraph.Ingest.Resolution;

/// <summary>
/// Agencies and zones named in free text, found in one walk over the text: the agency scan and the zone scan keep
/// their own positions (each steps over what it matched), and where both stand at the same position the registry
/// names the agency scan found there serve the zone scan too, so the trie is walked once. Finds what
/// <see cref="AgencyResolver.FindMentions"/> and <see cref="ZoneResolver.FindMentions"/> find, in the same order.
/// </summary>
internal sealed class MentionScan(AgencyResolver agencies, ZoneResolver zones, RegistryNames names)
{
    /// <summary>Fills <paramref name="foundAgencies"/> and <paramref name="foundZones"/> (cleared first) with the names in <paramref name="text"/>.</summary>
    /// <remarks>The caller's lists are reused: this runs for every paragraph and measure of every document.</remarks>
    public void Find(string text, Jurisdiction context, List<ResolvedAgency> foundAgencies, List<ResolvedZone> foundZones)
    {
        foundAgencies.Clear();
        foundZones.Clear();
        var agencyAt = agencies.NextMentionStart(text, 0);
        var zoneAt = zones.NextScanStart(text, 0);
        while (agencyAt < text.Length || zoneAt < text.Length)
        {
            if (agencyAt <= zoneAt)
            {
                var at = agencyAt;
                agencyAt = agencies.MentionStep(text, at, context, foundAgencies, out var namesAt);
                if (zoneAt == at)
                    zoneAt = zones.MentionStep(text, at, context, namesAt, foundZones);
            }
            else
            {
                zoneAt = zones.MentionStep(text, zoneAt, context, names.LongestAt(text, zoneAt), foundZones);
            }
        }
    }
}
