using Iro.Core;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Monitoring;

/// <summary>What the child's page shows of the IRO's monitoring between reviews: the midway-check prompt, the
/// recent contacts and the significant events.</summary>
public sealed record MonitoringPanel(ChildId ChildId, MidwayCheckStatus? Midway, IReadOnlyList<MonitoringContact> Contacts,
    IReadOnlyList<SignificantEvent> Events, IReadOnlyDictionary<StaffMemberId, string> Names, bool CanRecord)
{
    public const int ContactsShown = 10;

    public string Name(StaffMemberId? id) => id is { } s && Names.TryGetValue(s, out var n) ? n : "Not recorded";

    /// <param name="nextReviewDueOn">The next review's due date, as the child's page already worked it out.</param>
    public static async Task<MonitoringPanel> LoadAsync(IroDbContext db, Child child, DateOnly? nextReviewDueOn, DateOnly today,
        bool canRecord, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(child);
        var contacts = await db.MonitoringContacts.AsNoTracking().Where(m => m.ChildId == child.Id)
            .OrderByDescending(m => m.On).ThenByDescending(m => m.Id).ToListAsync(ct);
        var events = await db.SignificantEvents.AsNoTracking().Where(e => e.ChildId == child.Id)
            .OrderByDescending(e => e.ChangeOn).ToListAsync(ct);
        var lastHeld = child.Reviews.Where(r => r.HeldOn is not null).Max(r => r.HeldOn);
        var midway = MidwayCheck.Of(lastHeld, nextReviewDueOn, contacts.Select(c => (c.On, c.Kind)), today);
        var ids = contacts.Select(c => c.ById).Concat(events.Select(e => e.RecordedById)).Concat(events.Select(e => e.AcknowledgedById))
            .OfType<StaffMemberId>().Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, ct);
        return new MonitoringPanel(child.Id, midway, [.. contacts.Take(ContactsShown)], events, names, canRecord);
    }
}
