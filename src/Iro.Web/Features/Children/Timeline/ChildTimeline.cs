using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Data;
using Iro.Core.Users;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Timeline;

/// <summary>One step in a child's story: when, who (a name or a role, never an e-mail address) and what
/// happened, in the words the change was saved with.</summary>
public sealed record TimelineEntry(DateTime At, string Who, string What);

/// <summary>A child's timeline, built from the audit trail: the changes made to their record (never views),
/// newest first, one line per saved change, each told by the reason it was saved with
/// (<see cref="ChangeContext.Because"/>). Every journey that saves with a reason shows here without more code.
/// </summary>
/// <remarks>Quality audits are left out: they are about the IRO's practice, not the child's care.</remarks>
public static class ChildTimeline
{
    private static readonly string[] NotTheChildsStory = ["QualityAudit"];

    public static async Task<IReadOnlyList<TimelineEntry>> LoadAsync(IroDbContext db, ChildId childId, int? take, CancellationToken ct)
    {
        // Several rows are written per save (the review, the child, the next review); they share a correlation
        // id and a reason, and are one step. Read enough rows for the steps wanted.
        var query = db.AuditEntries.AsNoTracking()
            .Where(e => e.ChildId == childId && e.Action != AuditAction.Viewed && !NotTheChildsStory.Contains(e.EntityType))
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.OccurredAt, e.Actor, e.ActorRole, e.Action, e.Reason, e.CorrelationId });
        var rows = await (take is { } n ? query.Take(n * 8) : query).ToListAsync(ct);

        var steps = new List<(DateTime At, string Actor, string? Role, string What, string? Key)>();
        foreach (var r in rows)
        {
            var what = r.Reason ?? (r.Action == AuditAction.Imported ? "Imported from a 903 return" : "Record updated");
            var key = r.CorrelationId is null ? null : $"{r.CorrelationId}|{what}";
            if (key is not null && steps.Count > 0 && steps[^1].Key == key)
            {
                continue;
            }
            steps.Add((r.OccurredAt, r.Actor, r.ActorRole, what, key));
        }
        if (take is { } max)
        {
            steps = steps.Take(max).ToList();
        }

        var userIds = steps.Select(s => Guid.TryParse(s.Actor, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return steps.Select(s => new TimelineEntry(s.At, Who(s.Actor, s.Role, names), s.What)).ToList();
    }

    private static string Who(string actor, string? role, Dictionary<Guid, string> names)
    {
        if (Guid.TryParse(actor, out var id))
        {
            // A user without a staff record may have their e-mail address as display name: show the role instead.
            return names.TryGetValue(id, out var name) && !name.Contains('@', StringComparison.Ordinal) ? name
                : role is not null ? Roles.DisplayName(role)
                : "A user who has been removed";
        }
        return actor.StartsWith("cli:", StringComparison.Ordinal) ? "Iro (command line)" : "Iro";
    }
}
