using Iro.Core.Data;
using Iro.Core.Oversight;
using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Oversight.Audits;

/// <summary>Quality audits of review records (issue 5 §7): an IRO manager sees every audit and samples more; an
/// IRO sees the finished audits of their own work, to read and acknowledge.</summary>
[Authorize(Policy = Policies.ViewQualityAudits)]
public sealed class IndexModel(IroDbContext db) : PageModel
{
    public bool IsManager { get; private set; }
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IsManager = User.IsInRole(Roles.IroManager);
        IQueryable<QualityAudit> audits = db.QualityAudits.AsNoTracking();
        if (!IsManager)
        {
            if (User.StaffMember() is not { } me)
            {
                return Forbid();
            }
            audits = audits.Where(a => a.IroId == me && a.Status != QualityAuditStatus.Sampled);
        }
        Rows = (await AuditRows.LoadAsync(db, User, audits, ct))
            .OrderBy(r => r.Audit.Status).ThenByDescending(r => r.Audit.CompletedOn ?? r.Audit.SampledOn).ThenBy(r => r.IroName, StringComparer.Ordinal)
            .ToList();
        return Page();
    }
}
