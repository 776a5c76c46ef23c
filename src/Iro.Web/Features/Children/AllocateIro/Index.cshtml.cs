using Iro.Core;
using Iro.Core.Allocation;
using Iro.Core.Calendar;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.AllocateIro;

/// <summary>Allocate an IRO to a child, or change the IRO with a reason (issue 5 §1). Suggestions are ranked
/// by <see cref="IroSuggestions"/> and anyone the independence rules rule out is shown with every reason and
/// cannot be chosen (CPPCR 2010 reg 46(2)); the IRO manager decides.</summary>
[Authorize(Policy = Policies.AllocateIro)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock) : PageModel
{
    public Child Child { get; private set; } = null!;
    public string? CurrentIroName { get; private set; }
    public IroSuggestionList Suggestions { get; private set; } = new([], []);

    [BindProperty]
    public StaffMemberId? IroId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct) =>
        await LoadAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        var chosen = Suggestions.Ranked.FirstOrDefault(s => s.IroId == IroId);
        if (chosen is null)
        {
            ModelState.AddModelError(nameof(IroId), Suggestions.Blocked.Any(b => b.IroId == IroId)
                ? "This IRO cannot be allocated: see the reasons below"
                : "Choose the IRO to allocate");
        }
        var changing = Child.AllocatedIroId is not null;
        if (changing && string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why the child's IRO is changing");
        }
        if (Reason?.Length > 500)
        {
            ModelState.AddModelError(nameof(Reason), "The reason must be 500 characters or fewer");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Child.AllocateIro(chosen!.IroId, clock.TodayInEngland(), changing ? Reason!.Trim() : string.IsNullOrWhiteSpace(Reason) ? "First IRO for this period of care" : Reason.Trim());
            // The reason typed may name people: the audit says what happened and the allocation keeps the why.
            using (db.Changes.Because(changing ? "IRO changed (reason kept with the allocation)" : "IRO allocated"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(IroId), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(IroId), "Someone else changed this child's record at the same time: check the IRO and try again");
            return Page();
        }
        TempData["Done"] = $"{chosen.Name} is now the child's IRO.";
        return RedirectToPage("/Children/Index", new { childId });
    }

    /// <summary>Loads the child (tracked, for a change) and ranks every IRO of the council for them; null when the
    /// page may be shown, otherwise the refusal.</summary>
    private async Task<IActionResult?> LoadAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.Include(c => c.Allocations).Include(c => c.PeriodsOfCare)
            .SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        Child = child;

        var staff = await db.StaffMembers.AsNoTracking().ToListAsync(ct);
        var structure = StaffStructure.From(staff);
        CurrentIroName = child.AllocatedIroId is { } current ? structure.NameOf(current) : null;
        var iros = await db.IroProfiles.AsNoTracking().Select(p => new { p.StaffMemberId, p.Fte }).ToListAsync(ct);
        var caseloads = (await db.Children.AsNoTracking()
                .Where(c => c.AllocatedIroId != null && c.PeriodsOfCare.Any(p => p.EndedOn == null))
                .Select(c => new { c.Id, IroId = c.AllocatedIroId!.Value }).ToListAsync(ct))
            .ToLookup(c => c.IroId, c => new CaseloadChild(c.Id));
        var currentPeriodStart = child.CurrentPeriodOfCare?.StartedOn;
        var earlier = child.Allocations
            .Where(a => a.To is { } to && (currentPeriodStart is null || to <= currentPeriodStart))
            .OrderByDescending(a => a.To).Select(a => a.IroId).Distinct().ToList();
        var roles = new CaseRoles
        {
            SocialWorkers = child.SocialWorkerId is { } worker ? [worker] : [],
        };
        Suggestions = IroSuggestions.Rank(
            new AllocationRequest(new CaseloadChild(child.Id), roles, [], earlier),
            iros.Where(i => i.StaffMemberId != child.AllocatedIroId)
                .Select(i => new IroCandidate(i.StaffMemberId, i.Fte, caseloads[i.StaffMemberId].ToList())),
            structure, CaseloadWeighting.Default);
        return null;
    }
}
