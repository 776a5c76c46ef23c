using Iro.Core;
using Iro.Core.Data;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SupervisionSession = Iro.Core.Oversight.Supervision;

namespace Iro.Web.Features.Oversight.Supervision;

/// <summary>Supervision sessions with IROs, newest first, with the actions agreed (issue 5 §7); one IRO's with
/// <c>?iro=</c>.</summary>
[Authorize(Policy = Policies.OverseeIros)]
public sealed class IndexModel(IroDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "iro")]
    public StaffMemberId? IroId { get; set; }

    public IReadOnlyList<SupervisionSession> Sessions { get; private set; } = [];
    public IReadOnlyDictionary<StaffMemberId, string> Names { get; private set; } = new Dictionary<StaffMemberId, string>();

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        IQueryable<SupervisionSession> sessions = db.Supervisions.AsNoTracking().Include(s => s.Actions);
        if (IroId is { } iro)
        {
            sessions = sessions.Where(s => s.IroId == iro);
        }
        Sessions = (await sessions.ToListAsync(ct)).OrderByDescending(s => s.HeldOn).ToList();
        var ids = Sessions.SelectMany(s => new[] { s.IroId, s.ManagerId }).Append(IroId ?? default).Distinct().ToList();
        Names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.GivenName + " " + s.FamilyName, ct);
    }

    public string Name(StaffMemberId id) => Names.TryGetValue(id, out var n) ? n : "";
}
