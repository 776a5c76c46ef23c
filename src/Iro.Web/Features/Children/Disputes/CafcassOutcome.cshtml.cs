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

/// <summary>Records what came of a Cafcass referral.</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class CafcassOutcomeModel(IroDbContext db, TimeProvider clock) : ChildCasePage(db)
{
    [BindProperty]
    public DateInputModel? OutcomeOn { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public CafcassReferral Referral { get; private set; } = null!;

    public override string ConfirmText => "Record outcome";

    public string Back => Referral.DisputeIssueId is { } i ? $"/children/{Child.Id}/disputes/{i}" : $"/children/{Child.Id}#disputes";

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid referralId, CancellationToken ct)
    {
        if (await LoadAsync(childId, referralId, ct) is { } refused)
        {
            return refused;
        }
        Version = Referral.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid referralId, CancellationToken ct)
    {
        if (await LoadAsync(childId, referralId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } on)
        {
            ShowCheckAnswers(("Outcome date", DateDisplay.Long(on)), ("Outcome", Outcome!.Trim()));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, Guid referralId, CancellationToken ct) =>
        await LoadAsync(childId, referralId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, Guid referralId, CancellationToken ct)
    {
        if (await LoadAsync(childId, referralId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on)
        {
            return Page();
        }
        if (Version != Referral.Version)
        {
            ModelState.AddModelError(nameof(OutcomeOn), SomeoneElseChangedIt);
            return Page();
        }
        try
        {
            Referral.RecordOutcome(on, Outcome!);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(OutcomeOn), e.Message);
            return Page();
        }
        ExpectVersion(Referral, Version);
        if (!await SaveAsync($"Outcome of the Cafcass referral recorded on {DateDisplay.Long(on)}", nameof(OutcomeOn), ct))
        {
            return Page();
        }
        TempData["Done"] = "Outcome of the Cafcass referral recorded.";
        return Redirect(Back);
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, Guid referralId, CancellationToken ct)
    {
        if (await LoadChildAsync(childId, ct) is { } refused)
        {
            return refused;
        }
        var referral = await Db.CafcassReferrals.SingleOrDefaultAsync(r => r.Id == referralId && r.ChildId == childId, ct);
        if (referral is null)
        {
            return NotFound();
        }
        Referral = referral;
        return referral.IsOpen ? null : Redirect(Back);
    }

    private DateOnly? Validate()
    {
        var on = DateInputModel.Required(OutcomeOn, ModelState, nameof(OutcomeOn), "the date of the outcome");
        if (on > clock.TodayInEngland())
        {
            ModelState.AddModelError(nameof(OutcomeOn), "The date of the outcome must be today or in the past");
        }
        else if (on < Referral.ReferredOn)
        {
            ModelState.AddModelError(nameof(OutcomeOn), $"The date of the outcome must be on or after {DateDisplay.Long(Referral.ReferredOn)}, when the referral was made");
        }
        RequireText(Outcome, nameof(Outcome), "Say what Cafcass decided", 2000, "The outcome must be 2,000 characters or fewer");
        return ModelState.IsValid ? on : null;
    }
}
