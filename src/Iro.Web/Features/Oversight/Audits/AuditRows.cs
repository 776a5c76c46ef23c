using System.Security.Claims;
using Iro.Core;
using Iro.Core.Data;
using Iro.Core.Oversight;
using Iro.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Oversight.Audits;

/// <summary>A quality audit with the names a page shows: the child (or the restricted-record placeholder), the
/// review's date, the IRO and the manager.</summary>
public sealed record AuditRow(QualityAudit Audit, string ChildName, string ChildNumber, DateOnly? ReviewHeldOn, string IroName, string AuditorName);

public static class AuditRows
{
    public static async Task<List<AuditRow>> LoadAsync(IroDbContext db, ClaimsPrincipal user, IQueryable<QualityAudit> audits, CancellationToken ct)
    {
        var userId = ChildAccess.UserId(user);
        var rows = await audits
            .Join(db.Children, a => a.ChildId, c => c.Id, (a, c) => new
            {
                Audit = a, c.GivenName, c.FamilyName, c.ChildNumber,
                Hidden = c.IsRestricted && !c.NamedAccess.Any(n => n.UserId == userId),
                HeldOn = db.Reviews.Where(r => r.Id == a.ReviewId).Select(r => r.HeldOn).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var staffIds = rows.SelectMany(r => new[] { r.Audit.IroId, r.Audit.AuditorId }).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, ct);
        return rows.Select(r => new AuditRow(r.Audit, r.Hidden ? ChildAccess.RestrictedName : $"{r.GivenName} {r.FamilyName}",
                r.Hidden ? "" : r.ChildNumber, r.HeldOn, names.GetValueOrDefault(r.Audit.IroId, ""), names.GetValueOrDefault(r.Audit.AuditorId, "")))
            .ToList();
    }

    public static (string Text, string Colour) StatusTag(QualityAuditStatus status) => status switch
    {
        QualityAuditStatus.Sampled => ("To audit", "blue"),
        QualityAuditStatus.Completed => ("Awaiting IRO", "yellow"),
        _ => ("Acknowledged", "green"),
    };
}
