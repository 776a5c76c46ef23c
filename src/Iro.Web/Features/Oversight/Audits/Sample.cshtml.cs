using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Oversight;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Oversight.Audits;

/// <summary>An IRO manager chooses held reviews of one IRO, at random from the last 3 months, for quality
/// assurance (issue 5 §7). Restricted records the manager is not named on are never chosen.</summary>
[Authorize(Policy = Policies.OverseeIros)]
public sealed class SampleModel(IroDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(StaffMemberId Id, string Name)> Iros { get; private set; } = [];

    [BindProperty]
    public StaffMemberId? IroId { get; set; }

    [BindProperty]
    public int? Count { get; set; } = 3;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var iro = IroId is { } id ? Iros.FirstOrDefault(i => i.Id == id) : default;
        if (iro.Name is null)
        {
            ModelState.AddModelError(nameof(IroId), "Choose the IRO whose reviews to sample");
        }
        if (Count is not { } n || n < 1 || n > QualityAuditSampling.MaxSample)
        {
            ModelState.Remove(nameof(Count));
            ModelState.AddModelError(nameof(Count), $"Enter how many reviews to sample, from 1 to {QualityAuditSampling.MaxSample}");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (User.StaffMember() is not { } me)
        {
            return Forbid();
        }

        var today = clock.TodayInEngland();
        var since = today.AddMonths(-QualityAuditSampling.DefaultMonths);
        var userId = ChildAccess.UserId(User);
        var held = await db.Reviews.AsNoTracking()
            .Where(r => r.ChairId == iro.Id && r.HeldOn != null && r.HeldOn >= since && r.HeldOn <= today)
            .Join(db.Children, r => r.ChildId, c => c.Id, (r, c) => new { r.Id, r.ChildId, Visible = !c.IsRestricted || c.NamedAccess.Any(a => a.UserId == userId) })
            .Where(r => r.Visible)
            .ToListAsync(ct);
        var audited = await db.QualityAudits.AsNoTracking().Where(a => a.IroId == iro.Id).Select(a => a.ReviewId).ToListAsync(ct);
        var chosen = QualityAuditSampling.Choose(held.Select(r => r.Id), audited, Count!.Value, Random.Shared);
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(IroId), $"{iro.Name} has no held reviews from the last {QualityAuditSampling.DefaultMonths} months that have not been audited already");
            return Page();
        }
        var childOf = held.ToDictionary(r => r.Id, r => r.ChildId);
        var councilId = await db.Children.Where(c => c.Id == childOf[chosen[0]]).Select(c => c.CouncilId).SingleAsync(ct);
        db.QualityAudits.AddRange(chosen.Select(reviewId => new QualityAudit
        {
            CouncilId = councilId, ChildId = childOf[reviewId], ReviewId = reviewId, IroId = iro.Id, AuditorId = me, SampledOn = today,
        }));
        using (db.Changes.Because("Review sampled for quality assurance"))
        {
            await db.SaveChangesAsync(ct);
        }
        TempData["Done"] = chosen.Count == 1
            ? $"1 review of {iro.Name} sampled for audit."
            : $"{chosen.Count} reviews of {iro.Name} sampled for audit.";
        return RedirectToPage("/Oversight/Audits/Index");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Iros = (await db.IroProfiles.AsNoTracking()
                .Join(db.StaffMembers, p => p.StaffMemberId, s => s.Id, (p, s) => new { s.Id, s.GivenName, s.FamilyName })
                .ToListAsync(ct))
            .Select(s => (s.Id, $"{s.GivenName} {s.FamilyName}")).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
}
