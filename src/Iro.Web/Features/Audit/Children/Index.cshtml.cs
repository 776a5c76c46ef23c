using System.Globalization;
using Iro.Core;
using Iro.Core.Audit;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Audit.Children;

/// <summary>Who viewed or changed a child's record, and when (issue 4, §4): the child's entries in the council's
/// audit trail, newest first.</summary>
[Authorize(Policy = AuditWeb.ViewChildAuditTrail)]
public sealed class IndexModel(IroDbContext db) : PageModel
{
    public const int PageSize = 50;
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public Child Child { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int PageNumber { get; private set; }
    public int PageCount { get; private set; }
    public int Total { get; private set; }

    public sealed record Row(long Sequence, DateTime At, string Who, string Role, string What, string Why);

    public async Task<IActionResult> OnGetAsync(ChildId childId, [FromQuery(Name = "page")] int pageNumber, CancellationToken ct)
    {
        // The council filter keeps other councils' children out (404); a restricted record's audit, like the
        // record, is only for users named on it.
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (child.IsRestricted && !ChildAccess.IsNamedOn(User, child))
        {
            return Forbid();
        }
        Child = child;
        var entries = db.AuditEntries.AsNoTracking().Where(e => e.CouncilId == child.CouncilId && e.ChildId == childId);
        Total = await entries.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(pageNumber, 1, PageCount);
        var page = await entries.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);

        var userIds = page.Select(e => Guid.TryParse(e.Actor, out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Rows = page.Select(e => new Row(e.Sequence, e.OccurredAt, Who(e.Actor, names), e.ActorRole is { } role ? Roles.DisplayName(role) : "",
            What(e), e.Reason ?? "")).ToList();
        return Page();
    }

    public static string When(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(utc, London).ToString("d MMMM yyyy, h:mmtt", English).Replace("AM", "am", StringComparison.Ordinal).Replace("PM", "pm", StringComparison.Ordinal);

    private static string Who(string actor, Dictionary<Guid, string> names) => actor switch
    {
        _ when Guid.TryParse(actor, out var id) => names.TryGetValue(id, out var name) ? name : "A user who has been removed",
        _ when actor.StartsWith("cli:", StringComparison.Ordinal) => $"Command line (iro {actor[4..]})",
        _ => "Iro",
    };

    private static string What(AuditEntry e) => e.Action switch
    {
        AuditAction.Viewed => "Viewed the record",
        AuditAction.Imported => e.Detail ?? "Imported",
        AuditAction.Added => $"Added {Thing(e.EntityType)}",
        AuditAction.Deleted => $"Removed {Thing(e.EntityType)}",
        _ => string.IsNullOrEmpty(e.Properties) ? $"Changed {Thing(e.EntityType)}" : $"Changed {Thing(e.EntityType)}: {e.Properties.Replace(",", ", ", StringComparison.Ordinal)}",
    };

    private static string Thing(string entityType) => entityType switch
    {
        "Child" => "the child's details",
        "PeriodOfCare" => "a period of care",
        "Episode" => "an episode",
        "Review" => "a review",
        "ReviewTrigger" => "a reason for an earlier review",
        "IroAllocation" => "an IRO allocation",
        "Ssda903Record" => "a 903 record",
        "NamedAccess" => "a user named on the restricted record",
        "AdvocacyReferral" => "an advocacy referral",
        _ => entityType,
    };
}
