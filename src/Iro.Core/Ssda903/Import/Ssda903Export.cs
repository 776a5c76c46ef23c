using System.Text.Json;
using Iro.Core.Children;
using Iro.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Iro.Core.Ssda903;

/// <summary>Writes what Iro holds for a collection year in the DfE's layout: every child looked after at any
/// time in the year, the episodes of each period of care that overlaps the year (from the period's start, so
/// that its first episode has RNE = S, as rule 357 expects), and the reviews held in the year. Children whose episodes are
/// all short breaks (V3/V4) report no reviews and no MOTHER (rule 399).</summary>
public static class Ssda903Export
{
    public static async Task<Ssda903Return> BuildAsync(IroDbContext db, CollectionYear year, CancellationToken ct)
    {
        var start = year.Start;
        var end = year.End;
        var episodes = await db.Episodes.AsNoTracking()
            .Where(e => db.PeriodsOfCare.Any(p => p.Id == e.PeriodOfCareId && p.StartedOn <= end && (p.EndedOn == null || p.EndedOn >= start)))
            .ToListAsync(ct);
        var byChild = episodes.GroupBy(e => e.ChildId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.StartedOn).ToList());
        // Rows of the other tables for the year, kept as sent. Their children are in the Header even without an
        // episode in the year (a care leaver in OC3, for example).
        var yearText = year.ToString();
        var records = await db.Ssda903Records.AsNoTracking().Where(r => r.CollectionYear == yearText)
            .OrderBy(r => r.Table).ThenBy(r => r.Row).ToListAsync(ct);
        var childIds = byChild.Keys.Union(records.Select(r => r.ChildId)).ToList();

        var children = new List<Child>(childIds.Count);
        var reviews = new List<Reviews.Review>();
        foreach (var chunk in childIds.Chunk(1000))
        {
            children.AddRange(await db.Children.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(ct));
            reviews.AddRange(await db.Reviews.AsNoTracking()
                .Where(r => chunk.Contains(r.ChildId) && r.HeldOn != null && r.HeldOn >= start && r.HeldOn <= end)
                .ToListAsync(ct));
        }
        var reviewsByChild = reviews.ToLookup(r => r.ChildId);

        var data = new Ssda903Return(year);
        var header = Table(data, Ssda903Table.Header);
        var episodeTable = Table(data, Ssda903Table.Episodes);
        var reviewTable = Table(data, Ssda903Table.Reviews);
        foreach (var child in children.OrderBy(c => c.ChildNumber, StringComparer.Ordinal))
        {
            var own = byChild.GetValueOrDefault(child.Id) ?? [];
            var shortBreaksOnly = own.Count > 0 && own.All(e => LegalStatus.IsShortBreak(e.LegalStatus));
            var dob = Ssda903DateText.Format(child.DateOfBirth);
            header.Add([
                child.ChildNumber, child.Sex, dob, child.Ethnicity, child.Upn ?? "",
                shortBreaksOnly || child.IsMother is null ? "" : child.IsMother.Value ? "1" : "0",
                Ssda903DateText.Format(child.MotherChildDateOfBirth),
            ], header.Count + 2);
            foreach (var e in own)
            {
                episodeTable.Add([
                    child.ChildNumber, Ssda903DateText.Format(e.StartedOn), e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed,
                    e.Placement, e.PlacementProvider ?? "", Ssda903DateText.Format(e.EndedOn), e.ReasonEnded ?? "",
                    e.ReasonPlaceChange ?? "", e.HomePostcode ?? "", e.PlacementPostcode ?? "", e.Urn ?? "",
                ], episodeTable.Count + 2);
            }
            if (shortBreaksOnly)
            {
                continue;
            }
            foreach (var r in reviewsByChild[child.Id].OrderBy(r => r.HeldOn))
            {
                reviewTable.Add([child.ChildNumber, dob, Ssda903DateText.Format(r.HeldOn), r.ParticipationCode?.ToString() ?? ""],
                    reviewTable.Count + 2);
            }
        }
        var numbers = children.ToDictionary(c => c.Id, c => c.ChildNumber);
        foreach (var record in records)
        {
            var table = data[record.Table] ?? Table(data, record.Table);
            var values = JsonSerializer.Deserialize<string[]>(record.Values)!;
            values[table.ColumnIndex("CHILD")] = numbers[record.ChildId];
            table.Add(values, table.Count + 2);
        }
        return data;
    }

    private static Ssda903TableData Table(Ssda903Return data, Ssda903Table table)
    {
        var t = new Ssda903TableData(table, Ssda903Layout.FileName(table), Ssda903Layout.Columns(table));
        data.Tables[table] = t;
        return t;
    }
}
