using Iro.Core.Councils;

namespace Iro.Core.Children;

/// <summary>An unbroken time looked after, opened by an SSDA903 episode with RNE = S. A new period of care
/// restarts the review schedule (domain reference §2.4).</summary>
public sealed class PeriodOfCare : ICouncilOwned
{
    private readonly List<Episode> _episodes = [];

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public IReadOnlyList<Episode> Episodes => _episodes;

    /// <summary>True when every episode is an agreed series of short breaks (903 LS V3 or V4): reviews then
    /// follow CPPCR 2010 reg 48 and are not reported in the 903 (rule 399).</summary>
    public bool IsShortBreaksOnly => _episodes.Count > 0 && _episodes.All(e => LegalStatus.IsShortBreak(e.LegalStatus));

    public Episode? CurrentEpisode => _episodes.OrderBy(e => e.StartedOn).LastOrDefault();

    public Episode AddEpisode(Episode episode)
    {
        if (episode.StartedOn < StartedOn)
        {
            throw new DomainRuleException("An episode cannot start before its period of care.");
        }
        if (EndedOn is not null && episode.StartedOn > EndedOn)
        {
            throw new DomainRuleException("An episode cannot start after its period of care ended.");
        }
        var previous = _episodes.Where(e => e.StartedOn <= episode.StartedOn).OrderBy(e => e.StartedOn).LastOrDefault();
        if (previous is not null && previous.EndedOn is null)
        {
            previous.EndedOn = episode.StartedOn;
            previous.ReasonEnded ??= "X1";
        }
        episode.PeriodOfCareId = Id;
        _episodes.Add(episode);
        return episode;
    }

    internal int RemoveEpisodesWhere(Predicate<Episode> match) => _episodes.RemoveAll(match);

    /// <summary>Adds or updates the episode that starts on the extract episode's date; says which it did.</summary>
    internal (bool Added, bool Updated) Upsert(ChildId childId, CouncilId councilId, ExtractEpisode e)
    {
        var episode = _episodes.SingleOrDefault(x => x.StartedOn == e.StartedOn);
        var added = episode is null;
        episode ??= new Episode
        {
            ChildId = childId, CouncilId = councilId, PeriodOfCareId = Id, StartedOn = e.StartedOn, ReasonForNewEpisode = e.ReasonForNewEpisode,
            LegalStatus = e.LegalStatus, CategoryOfNeed = e.CategoryOfNeed, Placement = e.Placement,
        };
        var updated = !added && (episode.EndedOn != e.EndedOn || episode.ReasonForNewEpisode != e.ReasonForNewEpisode
            || episode.LegalStatus != e.LegalStatus || episode.CategoryOfNeed != e.CategoryOfNeed || episode.Placement != e.Placement
            || episode.PlacementProvider != e.PlacementProvider || episode.ReasonEnded != e.ReasonEnded
            || episode.ReasonPlaceChange != e.ReasonPlaceChange || episode.HomePostcode != e.HomePostcode
            || episode.PlacementPostcode != e.PlacementPostcode || episode.Urn != e.Urn);
        episode.EndedOn = e.EndedOn;
        episode.ReasonForNewEpisode = e.ReasonForNewEpisode;
        episode.LegalStatus = e.LegalStatus;
        episode.CategoryOfNeed = e.CategoryOfNeed;
        episode.Placement = e.Placement;
        episode.PlacementProvider = e.PlacementProvider;
        episode.ReasonEnded = e.ReasonEnded;
        episode.ReasonPlaceChange = e.ReasonPlaceChange;
        episode.HomePostcode = e.HomePostcode;
        episode.PlacementPostcode = e.PlacementPostcode;
        episode.Urn = e.Urn;
        if (added)
        {
            _episodes.Add(episode);
        }
        return (added, updated);
    }

    public void End(DateOnly on, string reasonEnded)
    {
        var last = CurrentEpisode ?? throw new DomainRuleException("The period of care has no episode.");
        if (on < last.StartedOn)
        {
            throw new DomainRuleException("A period of care cannot end before its last episode started.");
        }
        last.EndedOn = on;
        last.ReasonEnded = reasonEnded;
        EndedOn = on;
    }
}

/// <summary>A span of one legal status and one placement (an SSDA903 episode). Field names follow the 903.</summary>
public sealed class Episode : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required ChildId ChildId { get; init; }
    public required CouncilId CouncilId { get; init; }
    public Guid PeriodOfCareId { get; set; }

    /// <summary>DECOM.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>RNE: S, L, P, T, B or U.</summary>
    public required string ReasonForNewEpisode { get; set; }

    /// <summary>LS: C1, C2, D1, E1, V2, V3, V4, L1, L2, L3, J1, J2, J3.</summary>
    public required string LegalStatus { get; set; }

    /// <summary>CIN: N1–N8.</summary>
    public required string CategoryOfNeed { get; set; }

    /// <summary>PLACE, for example U6.</summary>
    public required string Placement { get; set; }

    /// <summary>PLACE_PROVIDER: PR0–PR5, blank for placements with no provider.</summary>
    public string? PlacementProvider { get; set; }

    /// <summary>DEC.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>REC.</summary>
    public string? ReasonEnded { get; set; }

    /// <summary>REASON_PLACE_CHANGE.</summary>
    public string? ReasonPlaceChange { get; set; }

    public string? HomePostcode { get; set; }
    public string? PlacementPostcode { get; set; }

    /// <summary>Ofsted unique reference number of the placement.</summary>
    public string? Urn { get; set; }
}
