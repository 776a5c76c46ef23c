using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>Refers the child's case to Cafcass, at any point, with the grounds (Children Act 1989 s.25B(3); CPPCR
/// 2010 reg 45; domain reference §5.2: it need not wait for the formal stages to finish).</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class CafcassReferModel(IroDbContext db, TimeProvider clock) : ChildCasePage(db)
{
    [BindProperty(SupportsGet = true)]
    public Guid? IssueId { get; set; }

    [BindProperty]
    public string? Grounds { get; set; }

    [BindProperty]
    public DateInputModel? ReferredOn { get; set; }

    public DisputeIssue? Issue { get; private set; }

    public override string CheckTitle => "Check the referral before you record it";

    public override string ConfirmText => "Record referral";

    public async Task<IActionResult> OnGetAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        ReferredOn = DateInputModel.From(clock.TodayInEngland());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } on)
        {
            ShowCheckAnswers([.. Issue is { } i ? [("Issue", DisputeIssue.Describe(i.Category))] : Array.Empty<(string, string)>(),
                ("Grounds", Grounds!.Trim()), ("Referred on", DateDisplay.Long(on))]);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, CancellationToken ct) => await LoadAsync(childId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on)
        {
            return Page();
        }
        Db.CafcassReferrals.Add(new CafcassReferral
        {
            CouncilId = Child.CouncilId, ChildId = Child.Id, DisputeIssueId = Issue?.Id, Grounds = Grounds!.Trim(), ReferredOn = on,
            ReferredById = User.StaffMember(),
        });
        if (!await SaveAsync($"Referred to Cafcass on {DateDisplay.Long(on)}", nameof(Grounds), ct))
        {
            return Page();
        }
        TempData["Done"] = "Referral to Cafcass recorded.";
        return Redirect(Issue is { } issue ? $"/children/{childId}/disputes/{issue.Id}" : $"/children/{childId}#disputes");
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        if (IssueId is { } id)
        {
            Issue = await Db.DisputeIssues.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id && i.ChildId == childId, ct);
            if (Issue is null)
            {
                return NotFound();
            }
        }
        return null;
    }

    private DateOnly? Validate()
    {
        RequireText(Grounds, nameof(Grounds), "Enter the grounds for the referral", 2000, "The grounds must be 2,000 characters or fewer");
        var on = DateInputModel.Required(ReferredOn, ModelState, nameof(ReferredOn), "the date of the referral");
        if (on > clock.TodayInEngland())
        {
            ModelState.AddModelError(nameof(ReferredOn), "The date of the referral must be today or in the past");
        }
        return ModelState.IsValid ? on : null;
    }
}
