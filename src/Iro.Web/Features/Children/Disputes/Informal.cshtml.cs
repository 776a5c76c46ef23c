using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>Records the informal attempt to put the issue right: when, with whom, and what came of it (IRO
/// Handbook 2010 §6.1).</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class InformalModel(IroDbContext db, TimeProvider clock) : IssuePage(db, clock)
{
    [BindProperty]
    public DateInputModel? On { get; set; }

    [BindProperty]
    public string? With { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    public override string ConfirmText => "Record informal attempt";

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadOpenIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        On = DateInputModel.From(Issue.InformalOn);
        With = Issue.InformalWith;
        Outcome = Issue.InformalOutcome;
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
            ShowCheckAnswers(("Date", DateDisplay.Long(on)), ("With whom", With!.Trim()), ("What came of it", Outcome!.Trim()));
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
        if (Validate() is not { } on || !VersionStillCurrent(nameof(On)))
        {
            return Page();
        }
        try
        {
            Issue.RecordInformalAttempt(on, With!, Outcome!);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(On), e.Message);
            return Page();
        }
        return await SaveAndReturnAsync($"Informal attempt to resolve an issue on {DateDisplay.Long(on)}", nameof(On),
            "Informal attempt recorded.", ct);
    }

    private DateOnly? Validate()
    {
        var on = DateInputModel.Required(On, ModelState, nameof(On), "the date of the informal attempt");
        if (on > Today)
        {
            ModelState.AddModelError(nameof(On), "The date of the informal attempt must be today or in the past");
        }
        else if (on < Issue.RaisedOn)
        {
            ModelState.AddModelError(nameof(On), $"The date of the informal attempt must be on or after {DateDisplay.Long(Issue.RaisedOn)}, when the issue was raised");
        }
        RequireText(With, nameof(With), "Enter who you spoke to", 200, "Who you spoke to must be 200 characters or fewer");
        RequireText(Outcome, nameof(Outcome), "Say what came of it", 2000, "What came of it must be 2,000 characters or fewer");
        return ModelState.IsValid ? on : null;
    }
}
