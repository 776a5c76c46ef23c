namespace Iro.Core.Children;

/// <summary>An episode as the council's case system reported it in the SSDA903 extract.</summary>
public sealed record ExtractEpisode(
    DateOnly StartedOn, DateOnly? EndedOn, string ReasonForNewEpisode, string LegalStatus, string CategoryOfNeed,
    string Placement, string? PlacementProvider, string? ReasonEnded, string? ReasonPlaceChange,
    string? HomePostcode, string? PlacementPostcode, string? Urn);

public readonly record struct EpisodeChanges(int Added, int Updated, int Removed);
