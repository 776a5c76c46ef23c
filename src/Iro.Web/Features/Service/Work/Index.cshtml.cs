using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.WorkLists;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Service.Work;

/// <summary>What needs doing across the IRO service, by IRO (issue 5 §6): counts per IRO per kind, and one
/// IRO's list (or the children with no IRO) with <c>?iro=</c>.</summary>
[Authorize(Policy = Policies.ViewServiceWork)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    /// <summary>An IRO's staff id, or <see cref="Unallocated"/> for children with no IRO.</summary>
    [BindProperty(SupportsGet = true, Name = "iro")]
    public string? Iro { get; set; }

    public const string Unallocated = "none";

    public DateOnly Today { get; private set; }
    public IReadOnlyList<WorkItemKind> Kinds { get; } = Enum.GetValues<WorkItemKind>();
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public WorkList? Selected { get; private set; }
    public string SelectedName { get; private set; } = "";

    public sealed record Row(string Key, string Name, IroWorkCounts Counts);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = clock.TodayInEngland();
        StaffMemberId? selectedIro = null;
        if (Iro is { } key && key != Unallocated)
        {
            if (!StaffMemberId.TryParse(key, null, out var id))
            {
                return NotFound();
            }
            selectedIro = id;
        }
        var iros = await db.IroProfiles.AsNoTracking()
            .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { s.Id, s.GivenName, s.FamilyName })
            .ToListAsync(ct);
        if (selectedIro is { } chosen && iros.All(i => i.Id != chosen))
        {
            return NotFound();
        }
        var all = await WorkListQuery.LoadAsync(db, User, Today, calendar, iro: null, includeUnallocated: true, ct);
        var counts = all.CountsByIro().ToDictionary(c => c.Iro?.ToString() ?? Unallocated);
        var empty = new IroWorkCounts(null, new Dictionary<WorkItemKind, int>(), 0, 0);
        Rows = iros.Select(i => new Row(i.Id.ToString(), $"{i.GivenName} {i.FamilyName}", counts.GetValueOrDefault(i.Id.ToString(), empty)))
            .OrderByDescending(r => r.Counts.Overdue).ThenByDescending(r => r.Counts.Total).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Append(new Row(Unallocated, "No IRO yet", counts.GetValueOrDefault(Unallocated, empty)))
            .ToList();
        if (Iro is not null)
        {
            Selected = all.ForIro(selectedIro);
            SelectedName = Rows.Single(r => r.Key == Iro).Name;
        }
        return Page();
    }
}
