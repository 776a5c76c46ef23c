using Iro.Core;
using Iro.Core.Data;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>Records that the issue is resolved, with the date and the outcome; the date ends the working-day
/// count of the formal process (IRO Handbook 2010 §6.2).</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class ResolveModel(IroDbContext db, TimeProvider clock) : IssuePage(db, clock)
{
    [BindProperty]
    public DateInputModel? ResolvedOn { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public override string CheckTitle => "Check before you record the issue as resolved";

    public override string ConfirmText => "Record as resolved";

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadOpenIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        ResolvedOn = DateInputModel.From(Today);
        return Form();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadOpenIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } on)
        {
            ShowCheckAnswers(("Resolved on", DateDisplay.Long(on)), ("Outcome", Outcome!.Trim()));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, Guid issueId, CancellationToken ct) =>
        await LoadOpenIssueAsync(childId, issueId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadOpenIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on || !VersionStillCurrent(nameof(ResolvedOn)))
        {
            return Page();
        }
        try
        {
            Issue.Resolve(on, Outcome!);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(ResolvedOn), e.Message);
            return Page();
        }
        return await SaveAndReturnAsync($"Issue resolved on {DateDisplay.Long(on)}", nameof(ResolvedOn), "Issue recorded as resolved.", ct);
    }

    private DateOnly? Validate()
    {
        var on = DateInputModel.Required(ResolvedOn, ModelState, nameof(ResolvedOn), "the date the issue was resolved");
        var earliest = Issue.Stages.Select(s => s.RespondedOn ?? s.RaisedOn).Append(Issue.RaisedOn).Max();
        if (on > Today)
        {
            ModelState.AddModelError(nameof(ResolvedOn), "The date the issue was resolved must be today or in the past");
        }
        else if (on < earliest)
        {
            ModelState.AddModelError(nameof(ResolvedOn), $"The date the issue was resolved must be on or after {DateDisplay.Long(earliest)}");
        }
        RequireText(Outcome, nameof(Outcome), "Say how the issue was resolved", 2000, "The outcome must be 2,000 characters or fewer");
        return ModelState.IsValid ? on : null;
    }
}
