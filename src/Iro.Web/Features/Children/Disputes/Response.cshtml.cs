using Iro.Core;
using Iro.Core.Data;
using Iro.Core.DisputeResolution;
using Iro.Web.Govuk;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Iro.Web.Features.Children.Disputes;

/// <summary>Records the response to the formal stage awaiting one; a response after its due date shows as late
/// (IRO Handbook 2010 §6.2).</summary>
[Authorize(Policy = Policies.RaiseDispute)]
public sealed class ResponseModel(IroDbContext db, TimeProvider clock) : IssuePage(db, clock)
{
    [BindProperty]
    public DateInputModel? RespondedOn { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    public DisputeStageRaised Awaited { get; private set; } = null!;

    public override string CheckTitle => "Check the response before you record it";

    public override string ConfirmText => "Record response";

    public async Task<IActionResult> OnGetAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        RespondedOn = DateInputModel.From(Today);
        return Form();
    }

    public async Task<IActionResult> OnPostAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is { } on)
        {
            ShowCheckAnswers(("Stage", $"{Awaited.Stage} ({Awaited.Addressee})"),
                ("Response received", $"{DateDisplay.Long(on)}{(on > Awaited.ResponseDueOn ? $", late: it was due by {DateDisplay.Long(Awaited.ResponseDueOn)}" : "")}"),
                ("Response", Text!.Trim()));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(ChildId childId, Guid issueId, CancellationToken ct) =>
        await LoadAsync(childId, issueId, ct) ?? Page();

    public async Task<IActionResult> OnPostConfirmAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Validate() is not { } on || !VersionStillCurrent(nameof(RespondedOn)))
        {
            return Page();
        }
        try
        {
            Issue.RecordResponse(Awaited.Id, on, Text!);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(RespondedOn), e.Message);
            return Page();
        }
        var late = on > Awaited.ResponseDueOn ? ", late" : "";
        return await SaveAndReturnAsync($"Response to the {Awaited.Stage.ToLowerInvariant()} stage received on {DateDisplay.Long(on)}{late}",
            nameof(RespondedOn), $"Response from the {Awaited.Stage.ToLowerInvariant()} stage recorded.", ct);
    }

    private async Task<IActionResult?> LoadAsync(ChildId childId, Guid issueId, CancellationToken ct)
    {
        if (await LoadOpenIssueAsync(childId, issueId, ct) is { } refused)
        {
            return refused;
        }
        if (Issue.CurrentStage is not { RespondedOn: null } awaited)
        {
            return Redirect(IssuePath);
        }
        Awaited = awaited;
        return null;
    }

    private DateOnly? Validate()
    {
        var on = DateInputModel.Required(RespondedOn, ModelState, nameof(RespondedOn), "the date the response was received");
        if (on > Today)
        {
            ModelState.AddModelError(nameof(RespondedOn), "The date the response was received must be today or in the past");
        }
        else if (on < Awaited.RaisedOn)
        {
            ModelState.AddModelError(nameof(RespondedOn), $"The date the response was received must be on or after {DateDisplay.Long(Awaited.RaisedOn)}, when the stage was raised");
        }
        RequireText(Text, nameof(Text), "Say what the response was", 2000, "The response must be 2,000 characters or fewer");
        return ModelState.IsValid ? on : null;
    }
}
