using Iro.Core;
using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Oversight;
using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Oversight.Audits;

/// <summary>A finished quality audit: the grades and feedback, and the IRO's acknowledgement (issue 5 §7). An
/// IRO sees only audits of their own work; a manager sees any.</summary>
[Authorize(Policy = Policies.ViewQualityAudits)]
public sealed class ShowModel(IroDbContext db, TimeProvider clock) : PageModel
{
    public AuditRow Row { get; private set; } = null!;
    public bool CanAcknowledge { get; private set; }

    [BindProperty]
    public string? Reply { get; set; }

    [BindProperty]
    public Guid Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid auditId, CancellationToken ct)
    {
        if (await LoadAsync(auditId, ct) is { } refused)
        {
            return refused;
        }
        Version = Row.Audit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid auditId, CancellationToken ct)
    {
        if (await LoadAsync(auditId, ct) is { } refused)
        {
            return refused;
        }
        if (!CanAcknowledge)
        {
            return Forbid();
        }
        if (Reply?.Length > QualityAudit.FeedbackMaxLength)
        {
            ModelState.AddModelError(nameof(Reply), $"Your reply must be {QualityAudit.FeedbackMaxLength:N0} characters or fewer");
        }
        if (Version != Row.Audit.Version)
        {
            // The form now carries the version the person has been shown, so saving again after checking works.
            Version = Row.Audit.Version;
            ModelState.AddModelError(nameof(Reply), "Your manager changed this audit while you were reading it: read it again before you acknowledge it");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        try
        {
            Row.Audit.Acknowledge(clock.TodayInEngland(), Reply);
            using (db.Changes.Because("IRO acknowledged a quality audit"))
            {
                await db.SaveChangesAsync(ct);
            }
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(nameof(Reply), e.Message);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Reply), "Your manager changed this audit at the same time: read it again before you acknowledge it");
            return Page();
        }
        TempData["Done"] = "You have acknowledged the audit.";
        return RedirectToPage("/Oversight/Audits/Index");
    }

    private async Task<IActionResult?> LoadAsync(Guid auditId, CancellationToken ct)
    {
        var row = (await AuditRows.LoadAsync(db, User, db.QualityAudits.Where(a => a.Id == auditId), ct)).SingleOrDefault();
        if (row is null)
        {
            return NotFound();
        }
        var isManager = User.IsInRole(Roles.IroManager);
        var isTheIro = User.StaffMember() is { } me && me == row.Audit.IroId;
        if (!isManager && !(isTheIro && row.Audit.Status != QualityAuditStatus.Sampled))
        {
            return Forbid();
        }
        if (row.Audit.Status == QualityAuditStatus.Sampled)
        {
            return RedirectToPage("/Oversight/Audits/Complete", new { auditId });
        }
        Row = row;
        CanAcknowledge = isTheIro && row.Audit.Status == QualityAuditStatus.Completed;
        return null;
    }
}
