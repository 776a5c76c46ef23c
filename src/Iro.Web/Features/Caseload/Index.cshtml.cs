using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.Children;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Caseload;

/// <summary>My caseload: each child allocated to the IRO, with the next review's date and where it stands.
/// An IRO manager can open any IRO's caseload with <c>?iro=</c>.</summary>
[Authorize(Policy = Policies.ViewOwnCaseload)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "iro")]
    public StaffMemberId? IroId { get; set; }

    public string IroName { get; private set; } = "";
    public bool IsOwnCaseload { get; private set; }
    public DateOnly Today { get; private set; }
    public int Total { get; private set; }
    public IReadOnlyDictionary<ReviewStatus, int> Counts { get; private set; } = new Dictionary<ReviewStatus, int>();
    public IReadOnlyList<CaseloadRow> Rows { get; private set; } = [];

    public sealed record CaseloadRow(
        ChildId Id, string Name, string ChildNumber, int Age, string LegalStatus, string LegalStatusCode,
        string Placement, string PlacementCode, DateOnly? NextReviewDue, ReviewKind? NextReviewKind, ReviewStatus? Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = User.StaffMember();
        var iroId = IroId ?? me;
        if (iroId is null)
        {
            return Forbid();
        }
        if (iroId != me && !User.IsInRole(Roles.IroManager))
        {
            return Forbid();
        }
        var iro = await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == iroId, ct);
        if (iro is null)
        {
            return NotFound();
        }
        IroName = iro.FullName;
        IsOwnCaseload = iroId == me;
        Today = clock.TodayInEngland();

        var userId = ChildAccess.UserId(User);
        var children = await db.Children.AsNoTracking()
            .Where(c => c.AllocatedIroId == iroId && c.PeriodsOfCare.Any(p => p.EndedOn == null))
            .Select(c => new
            {
                c.Id, c.GivenName, c.FamilyName, c.ChildNumber, c.DateOfBirth,
                Hidden = c.IsRestricted && !c.NamedAccess.Any(a => a.UserId == userId),
                Episode = db.Episodes.Where(e => e.ChildId == c.Id).OrderByDescending(e => e.StartedOn)
                    .Select(e => new { e.LegalStatus, e.Placement }).FirstOrDefault(),
                Next = db.Reviews.Where(r => r.ChildId == c.Id && r.HeldOn == null)
                    .Select(r => new { r.DueOn, r.Kind }).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var rows = children.Select(c => new CaseloadRow(
            c.Id, c.Hidden ? ChildAccess.RestrictedName : $"{c.GivenName} {c.FamilyName}", c.Hidden ? "" : c.ChildNumber, Age.On(c.DateOfBirth, Today),
            c.Episode is null ? "" : LegalStatus.Describe(c.Episode.LegalStatus), c.Episode?.LegalStatus ?? "",
            c.Episode is null ? "" : PlacementType.Describe(c.Episode.Placement), c.Episode?.Placement ?? "",
            c.Next?.DueOn, c.Next?.Kind,
            c.Next is null ? null : ReviewStatusRule.Of(c.Next.DueOn, Today, calendar))).ToList();

        Total = rows.Count;
        Counts = rows.Where(r => r.Status is not null).GroupBy(r => r.Status!.Value).ToDictionary(g => g.Key, g => g.Count());
        Rows = Order(Filter(rows)).ToList();
        return Page();
    }

    private IEnumerable<CaseloadRow> Filter(IEnumerable<CaseloadRow> rows)
    {
        var status = Status switch
        {
            "overdue" => ReviewStatus.Overdue,
            "due-soon" => ReviewStatus.DueSoon,
            "scheduled" => ReviewStatus.Scheduled,
            _ => (ReviewStatus?)null,
        };
        if (status is not null)
        {
            rows = rows.Where(r => r.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(Name))
        {
            var term = Name.Trim();
            rows = rows.Where(r => r.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || r.ChildNumber.Contains(term, StringComparison.OrdinalIgnoreCase));
        }
        return rows;
    }

    private IEnumerable<CaseloadRow> Order(IEnumerable<CaseloadRow> rows)
    {
        Func<CaseloadRow, IComparable?> key = Sort switch
        {
            "name" => r => r.Name,
            "age" => r => r.Age,
            "legal-status" => r => r.LegalStatus,
            "placement" => r => r.Placement,
            _ => r => r.NextReviewDue ?? DateOnly.MaxValue,
        };
        return Descending ? rows.OrderByDescending(key).ThenBy(r => r.Name) : rows.OrderBy(key).ThenBy(r => r.Name);
    }

    /// <summary>aria-sort for a column header, so assistive technology hears the order.</summary>
    public string AriaSort(string column) => Sort != column ? "none" : Descending ? "descending" : "ascending";

    public IDictionary<string, string?> SortRoute(string column) => new Dictionary<string, string?>
    {
        ["sort"] = column,
        ["descending"] = (Sort == column && !Descending).ToString(),
        ["status"] = Status,
        ["name"] = Name,
        ["iro"] = IroId?.ToString(),
    };
}
