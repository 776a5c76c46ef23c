using Iro.Core;
using Iro.Core.Children;
using Iro.Core.Councils;
using Iro.Core.Data;
using Iro.Core.Reviews;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Decisions;

/// <summary>Records a decision of the child's latest review: what, who and by when (issue 5 §3).</summary>
[Authorize(Policy = Policies.RecordReview)]
public sealed class AddModel(IroDbContext db) : PageModel
{
    public Child Child { get; private set; } = null!;
    public Review LatestReview { get; private set; } = null!;
    public IReadOnlyList<(StaffMemberId Id, string Name)> Staff { get; private set; } = [];

    [BindProperty]
    public DecisionMatter? Matter { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public StaffMemberId? OwnerId { get; set; }

    [BindProperty]
    public string? OwnerName { get; set; }

    [BindProperty]
    public DateInputModel? DueOn { get; set; }

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct) => await LoadAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Matter is null)
        {
            ModelState.AddModelError(nameof(Matter), "Select what the decision is about");
        }
        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "Enter what was decided");
        }
        else if (Text.Length > 1000)
        {
            ModelState.AddModelError(nameof(Text), "The decision must be 1,000 characters or fewer");
        }
        var owner = OwnerId is { } id ? Staff.FirstOrDefault(s => s.Id == id).Name : OwnerName?.Trim();
        if (string.IsNullOrWhiteSpace(owner))
        {
            ModelState.AddModelError(nameof(OwnerId), "Choose who owns the decision, or enter their name");
        }
        else if (owner.Length > 200)
        {
            ModelState.AddModelError(nameof(OwnerName), "The owner's name must be 200 characters or fewer");
        }
        var due = DateInputModel.Required(DueOn, ModelState, nameof(DueOn), "the date the decision is due by") ?? default;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Child.AddDecision(LatestReview.Id, Matter!.Value, Text!, OwnerId, owner!, due);
            using (db.Changes.Because("Decision of a review recorded"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(DueOn), e.Message);
            return Page();
        }
        TempData["Done"] = $"Decision recorded: {owner} by {DateDisplay.Long(due)}.";
        return RedirectToPage("/Children/Index", new { childId });
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, CancellationToken ct)
    {
        var child = await db.Children.Include(c => c.Reviews).Include(c => c.Decisions).SingleOrDefaultAsync(c => c.Id == childId, ct);
        if (child is null)
        {
            return NotFound();
        }
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        var latest = child.Reviews.Where(r => r.HeldOn is not null).MaxBy(r => r.HeldOn);
        if (latest is null)
        {
            return NotFound();
        }
        Child = child;
        LatestReview = latest;
        Staff = (await db.StaffMembers.AsNoTracking().Where(s => s.Role != StaffRole.Advocate)
                .Select(s => new { s.Id, s.GivenName, s.FamilyName }).ToListAsync(ct))
            .Select(s => (s.Id, $"{s.GivenName} {s.FamilyName}")).OrderBy(s => s.Item2, StringComparer.Ordinal).ToList();
        return null;
    }
}
