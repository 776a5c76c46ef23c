using Iro.Core.Reviews;

namespace Iro.Core.Children;

public sealed partial class Child
{
    /// <summary>A digest of the 903 facts (Header, Episodes, Reviews) last applied to this child from an extract,
    /// so that a re-import skips a child whose rows have not changed. Null for a child entered in Iro.</summary>
    public string? Ssda903Fingerprint { get; set; }

    /// <summary>Makes the child's episodes from the first extract episode onward match the extract, grouping them
    /// into periods of care (a new period at each RNE = S; domain reference §2.4). Earlier history and everything
    /// recorded in Iro itself (reviews, allocations, triggers) is kept.</summary>
    public EpisodeChanges ApplyEpisodesFromExtract(IReadOnlyList<ExtractEpisode> extract)
    {
        if (extract.Count == 0)
        {
            return default;
        }
        var windowStart = extract[0].StartedOn;
        int added = 0, updated = 0, removed = 0;

        var wanted = extract.Select(e => e.StartedOn).ToHashSet();
        foreach (var period in _periodsOfCare)
        {
            removed += period.RemoveEpisodesWhere(e => e.StartedOn >= windowStart && !wanted.Contains(e.StartedOn));
        }

        PeriodOfCare? current = _periodsOfCare.Where(p => p.StartedOn <= windowStart).OrderBy(p => p.StartedOn).LastOrDefault();
        if (current is not null && extract[0].ReasonForNewEpisode == "S" && current.StartedOn != windowStart)
        {
            current = null;
        }
        foreach (var episode in extract)
        {
            if (current is null || (episode.ReasonForNewEpisode == "S" && current.StartedOn != episode.StartedOn))
            {
                current = _periodsOfCare.SingleOrDefault(p => p.StartedOn == episode.StartedOn) ?? NewPeriod(episode.StartedOn);
            }
            var (wasAdded, wasUpdated) = current.Upsert(Id, CouncilId, episode);
            added += wasAdded ? 1 : 0;
            updated += wasUpdated ? 1 : 0;
        }

        foreach (var period in _periodsOfCare.Where(p => p.StartedOn >= windowStart || p.Episodes.Any(e => e.StartedOn >= windowStart)))
        {
            var last = period.Episodes.OrderBy(e => e.StartedOn).LastOrDefault();
            period.EndedOn = last is { EndedOn: { } end, ReasonEnded: not null and not "X1" } ? end : null;
        }
        foreach (var empty in _periodsOfCare.Where(p => p.Episodes.Count == 0 && !_reviews.Any(r => r.PeriodOfCareId == p.Id && r.HeldOn is not null)).ToList())
        {
            _periodsOfCare.Remove(empty);
            _reviews.RemoveAll(r => r.PeriodOfCareId == empty.Id);
            _triggers.RemoveAll(t => t.PeriodOfCareId == empty.Id);
        }
        return new EpisodeChanges(added, updated, removed);
    }

    /// <summary>Adds a review the extract reports as held, unless Iro already has a review held that day.
    /// Returns false when nothing was added.</summary>
    public bool AddReviewFromExtract(DateOnly heldOn, ParticipationCode? code)
    {
        var same = _reviews.FirstOrDefault(r => r.HeldOn == heldOn);
        if (same is not null)
        {
            same.ParticipationCode ??= code;
            return false;
        }
        var period = _periodsOfCare.Where(p => p.StartedOn <= heldOn).OrderBy(p => p.StartedOn).LastOrDefault();
        if (period is null)
        {
            return false;
        }
        _reviews.Add(new Review
        {
            ChildId = Id, CouncilId = CouncilId, PeriodOfCareId = period.Id, HeldOn = heldOn, ParticipationCode = code,
        });
        return true;
    }

    private PeriodOfCare NewPeriod(DateOnly startedOn)
    {
        var period = new PeriodOfCare { ChildId = Id, CouncilId = CouncilId, StartedOn = startedOn };
        _periodsOfCare.Add(period);
        return period;
    }
}
