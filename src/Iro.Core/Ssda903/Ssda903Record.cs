using Iro.Core.Councils;

namespace Iro.Core.Ssda903;

/// <summary>One row of a 903 table that Iro keeps as the council's case system sent it (UASC, Missing, OC2, OC3,
/// AD1, PlacedAdoption, PrevPerm, SWEpisodes and, from 2026-27, DoLo), so that the return can be exported
/// again and the rows are there for the child's IRO. The case system owns these facts: each import of a
/// collection year replaces that year's rows of every table the extract contains.</summary>
public sealed class Ssda903Record : ICouncilOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public required CouncilId CouncilId { get; init; }
    public required ChildId ChildId { get; init; }

    /// <summary>The collection year the row was sent for, for example 2025-26.</summary>
    public required string CollectionYear { get; init; }

    public required Ssda903Table Table { get; init; }

    /// <summary>The row's position in its file, so that an export gives the rows back in the same order.</summary>
    public required int Row { get; init; }

    /// <summary>The row's values in the DfE's column order for the table (<see cref="Ssda903Layout.Columns"/>),
    /// as a JSON array of strings, exactly as sent.</summary>
    public required string Values { get; init; }
}
