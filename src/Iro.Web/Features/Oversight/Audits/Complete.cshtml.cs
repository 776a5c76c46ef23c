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

/// <summary>The audit form: the four areas graded on Ofsted's scale, each with feedback, and overall feedback to
/// the IRO (issue 5 §7). A completed audit can be corrected until the IRO acknowledges it.</summary>
[Authorize(Policy = Policies.OverseeIros)]
public sealed class CompleteModel(IroDbContext db, TimeProvider clock) : PageModel
{
    public AuditRow Row { get; private set; } = null!;

    [BindProperty] public QualityGrade? ChildsVoice { get; set; }
    [BindProperty] public string? ChildsVoiceFeedback { get; set; }
    [BindProperty] public QualityGrade? PlanQuality { get; set; }
    [BindProperty] public string? PlanQualityFeedback { get; set; }
    [BindProperty] public QualityGrade? DecisionsClarity { get; set; }
    [BindProperty] public string? DecisionsClarityFeedback { get; set; }
    [BindProperty] public QualityGrade? DriftChallenge { get; set; }
    [BindProperty] public string? DriftChallengeFeedback { get; set; }
    [BindProperty] public string? OverallFeedback { get; set; }
    [BindProperty] public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid auditId, CancellationToken ct)
    {
        if (await LoadAsync(auditId, ct) is { } refused)
        {
            return refused;
        }
        var a = Row.Audit;
        (ChildsVoice, ChildsVoiceFeedback) = (a.ChildsVoice, a.ChildsVoiceFeedback);
        (PlanQuality, PlanQualityFeedback) = (a.PlanQuality, a.PlanQualityFeedback);
        (DecisionsClarity, DecisionsClarityFeedback) = (a.DecisionsClarity, a.DecisionsClarityFeedback);
        (DriftChallenge, DriftChallengeFeedback) = (a.DriftChallenge, a.DriftChallengeFeedback);
        OverallFeedback = a.OverallFeedback;
        Version = a.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid auditId, CancellationToken ct)
    {
        if (await LoadAsync(auditId, ct) is { } refused)
        {
            return refused;
        }
        var areas = new Dictionary<AuditArea, (QualityGrade Grade, string? Feedback)>();
        foreach (var area in Enum.GetValues<AuditArea>())
        {
            var (grade, feedback) = Answer(area);
            if (grade is null)
            {
                ModelState.AddModelError(area.ToString(), $"Select a grade for {AuditAreas.Name(area).ToLowerInvariant()}");
            }
            if (feedback?.Length > QualityAudit.FeedbackMaxLength)
            {
                ModelState.AddModelError($"{area}Feedback", $"Feedback on {AuditAreas.Name(area).ToLowerInvariant()} must be {QualityAudit.FeedbackMaxLength:N0} characters or fewer");
            }
            if (grade is { } g)
            {
                areas[area] = (g, feedback);
            }
        }
        if (string.IsNullOrWhiteSpace(OverallFeedback))
        {
            ModelState.AddModelError(nameof(OverallFeedback), "Enter your feedback to the IRO");
        }
        else if (OverallFeedback.Length > QualityAudit.FeedbackMaxLength)
        {
            ModelState.AddModelError(nameof(OverallFeedback), $"Your feedback must be {QualityAudit.FeedbackMaxLength:N0} characters or fewer");
        }
        if (Version != Row.Audit.Version)
        {
            // The form now carries the version the person has been shown, so saving again after checking works.
            Version = Row.Audit.Version;
            ModelState.AddModelError(nameof(OverallFeedback), "Someone else changed this audit while you were filling in the form: check it before you save again");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Row.Audit.Complete(areas, OverallFeedback!, clock.TodayInEngland());
            using (db.Changes.Because("Quality audit of a review completed"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(OverallFeedback), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(OverallFeedback), "Someone else changed this audit at the same time: check it before you save again");
            return Page();
        }
        TempData["Done"] = $"Audit saved. {Row.IroName} can now read your feedback.";
        return RedirectToPage("/Oversight/Audits/Index");
    }

    public (QualityGrade? Grade, string? Feedback) Answer(AuditArea area) => area switch
    {
        AuditArea.ChildsVoice => (ChildsVoice, ChildsVoiceFeedback),
        AuditArea.PlanQuality => (PlanQuality, PlanQualityFeedback),
        AuditArea.DecisionsClarity => (DecisionsClarity, DecisionsClarityFeedback),
        _ => (DriftChallenge, DriftChallengeFeedback),
    };

    private async Task<IActionResult?> LoadAsync(Guid auditId, CancellationToken ct)
    {
        var row = (await AuditRows.LoadAsync(db, User, db.QualityAudits.Where(a => a.Id == auditId), ct)).SingleOrDefault();
        if (row is null)
        {
            return NotFound();
        }
        var child = await db.Children.AsNoTracking().Include(c => c.NamedAccess).Include(c => c.AdvocacyReferrals)
            .SingleAsync(c => c.Id == row.Audit.ChildId, ct);
        if (!ChildAccess.CanView(User, child))
        {
            return Forbid();
        }
        if (row.Audit.Status == QualityAuditStatus.Acknowledged)
        {
            return RedirectToPage("/Oversight/Audits/Show", new { auditId });
        }
        Row = row;
        return null;
    }
}
