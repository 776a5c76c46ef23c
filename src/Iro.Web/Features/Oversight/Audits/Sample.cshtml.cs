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

    [BindProperty(SupportsGet = true)]
    public StaffMemberId? IroId { get; set; }

    /// <summary>The chosen IRO's held reviews from the last 3 months not yet audited, to pick one.</summary>
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    public sealed record Candidate(Guid ReviewId, string ChildName, DateOnly HeldOn);

    [BindProperty]
    public int? Count { get; set; } = 3;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (IroId is { } iro && Iros.Any(i => i.Id == iro))
        {
            var held = await HeldAsync(iro, ct);
            var names = await db.Children.AsNoTracking().Where(c => held.Select(h => h.ChildId).Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.GivenName + " " + c.FamilyName, ct);
            Candidates = held.Select(h => new Candidate(h.Id, names[h.ChildId], h.HeldOn)).OrderByDescending(c => c.HeldOn).ToList();
        }
    }

    /// <summary>The manager picks one review rather than a random sample, and goes straight to its audit.</summary>
    public async Task<IActionResult> OnPostPickAsync(Guid reviewId, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (User.StaffMember() is not { } me)
        {
            return Forbid();
        }
        var review = await db.Reviews.AsNoTracking().Where(r => r.Id == reviewId && r.HeldOn != null && r.ChairId != null)
            .Select(r => new { r.ChairId }).SingleOrDefaultAsync(ct);
        if (review is null || !Iros.Any(i => i.Id == review.ChairId))
        {
            return NotFound();
        }
        var candidate = (await HeldAsync(review.ChairId!.Value, ct)).SingleOrDefault(h => h.Id == reviewId);
        if (candidate is null)
        {
            IroId = review.ChairId;
            ModelState.AddModelError(nameof(IroId), "That review has been audited already, or is no longer in the last 3 months");
            await OnGetAsync(ct);
            return Page();
        }
        var audit = new QualityAudit
        {
            CouncilId = candidate.CouncilId, ChildId = candidate.ChildId, ReviewId = reviewId, IroId = review.ChairId.Value, AuditorId = me,
            SampledOn = clock.TodayInEngland(),
        };
        db.QualityAudits.Add(audit);
        using (db.Changes.Because("Review sampled for quality assurance"))
        {
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage("/Oversight/Audits/Complete", new { auditId = audit.Id });
    }

    private sealed record Held(Guid Id, ChildId ChildId, CouncilId CouncilId, DateOnly HeldOn);

    /// <summary>The IRO's held reviews from the last 3 months, on records the manager may see, not yet audited.</summary>
    private async Task<List<Held>> HeldAsync(StaffMemberId iro, CancellationToken ct)
    {
        var today = clock.TodayInEngland();
        var since = today.AddMonths(-QualityAuditSampling.DefaultMonths);
        var userId = ChildAccess.UserId(User);
        return await db.Reviews.AsNoTracking()
            .Where(r => r.ChairId == iro && r.HeldOn != null && r.HeldOn >= since && r.HeldOn <= today)
            .Where(r => !db.QualityAudits.Any(a => a.ReviewId == r.Id))
            .Join(db.Children, r => r.ChildId, c => c.Id, (r, c) => new { r, c })
            .Where(x => !x.c.IsRestricted || x.c.NamedAccess.Any(a => a.UserId == userId))
            .Select(x => new Held(x.r.Id, x.r.ChildId, x.r.CouncilId, x.r.HeldOn!.Value))
            .ToListAsync(ct);
    }

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
        var held = await HeldAsync(iro.Id, ct);
        var chosen = QualityAuditSampling.Choose(held.Select(r => r.Id), [], Count!.Value, Random.Shared);
        if (chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(IroId), $"{iro.Name} has no held reviews from the last {QualityAuditSampling.DefaultMonths} months that have not been audited already");
            return Page();
        }
        var byId = held.ToDictionary(r => r.Id);
        db.QualityAudits.AddRange(chosen.Select(reviewId => new QualityAudit
        {
            CouncilId = byId[reviewId].CouncilId, ChildId = byId[reviewId].ChildId, ReviewId = reviewId, IroId = iro.Id, AuditorId = me, SampledOn = today,
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
