using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Caseloads;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Service;

/// <summary>The IRO manager's view of the service: each IRO's caseload against the 50–70 per FTE benchmark,
/// overdue and due-soon reviews, and children with no IRO.</summary>
[Authorize(Policy = Policies.ViewServiceOverview)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock, IWorkingDayCalendar calendar) : PageModel
{
    /// <summary>Good practice is to name an IRO within 5 working days of a child becoming looked after
    /// (domain reference §1.3); the statutory limit is before the first review (Children Act 1989 s.25A).</summary>
    public const int AllocationTargetWorkingDays = 5;

    public DateOnly Today { get; private set; }
    public IReadOnlyList<IroRow> Iros { get; private set; } = [];
    public IReadOnlyList<UnallocatedRow> Unallocated { get; private set; } = [];
    public int ChildrenLookedAfter { get; private set; }
    public decimal TotalFte { get; private set; }

    public sealed record IroRow(StaffMemberId Id, string Name, decimal Fte, int Caseload, decimal PerFte, CaseloadBand Band, int Overdue, int DueSoon);

    public sealed record UnallocatedRow(ChildId Id, string Name, string ChildNumber, DateOnly LookedAfterSince, int WorkingDaysWaiting, DateOnly? FirstReviewDue);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = clock.TodayInEngland();
        var iros = await db.IroProfiles.AsNoTracking()
            .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { s.Id, s.GivenName, s.FamilyName, p.Fte })
            .ToListAsync(ct);

        // Due dates were computed in C# and stored; the query only reads them (no date arithmetic in SQL).
        var userId = ChildAccess.UserId(User);
        var open = await db.Children.AsNoTracking()
            .Where(c => c.PeriodsOfCare.Any(p => p.EndedOn == null))
            .Select(c => new
            {
                c.Id, c.GivenName, c.FamilyName, c.ChildNumber, c.AllocatedIroId,
                Hidden = c.IsRestricted && !c.NamedAccess.Any(a => a.UserId == userId),
                Since = c.PeriodsOfCare.Where(p => p.EndedOn == null).Select(p => p.StartedOn).FirstOrDefault(),
                Due = db.Reviews.Where(r => r.ChildId == c.Id && r.HeldOn == null).Select(r => (DateOnly?)r.DueOn).FirstOrDefault(),
            })
            .ToListAsync(ct);
        ChildrenLookedAfter = open.Count;
        TotalFte = iros.Sum(i => i.Fte);

        var byIro = open.Where(c => c.AllocatedIroId is not null).ToLookup(c => c.AllocatedIroId!.Value);
        Iros = iros.Select(i =>
            {
                var children = byIro[i.Id].ToList();
                var statuses = children.Where(c => c.Due is not null).Select(c => ReviewStatusRule.Of(c.Due!.Value, Today, calendar)).ToList();
                var perFte = CaseloadBenchmark.PerFte(children.Count, i.Fte);
                return new IroRow(i.Id, $"{i.GivenName} {i.FamilyName}", i.Fte, children.Count, perFte, CaseloadBenchmark.BandOf(perFte),
                    statuses.Count(s => s == ReviewStatus.Overdue), statuses.Count(s => s == ReviewStatus.DueSoon));
            })
            .OrderByDescending(r => r.PerFte).ToList();
        Unallocated = open.Where(c => c.AllocatedIroId is null)
            .Select(c => new UnallocatedRow(c.Id, c.Hidden ? ChildAccess.RestrictedName : $"{c.GivenName} {c.FamilyName}", c.Hidden ? "" : c.ChildNumber, c.Since,
                calendar.WorkingDaysBetween(c.Since, Today), c.Due))
            .OrderBy(r => r.LookedAfterSince).ToList();
    }

    public static (string Text, string Colour) BandTag(CaseloadBand band) => band switch
    {
        CaseloadBand.Above => ("Above 70", "red"),
        CaseloadBand.High => ("61 to 70", "orange"),
        CaseloadBand.Within => ("50 to 60", "green"),
        _ => ("Below 50", "blue"),
    };
}
