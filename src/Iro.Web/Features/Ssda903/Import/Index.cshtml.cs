using Iro.Core.Calendar;
using Iro.Core.Data;
using Iro.Core.Ssda903;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace Iro.Web.Features.Ssda903.Import;

/// <summary>An administrator or analyst imports the council's 903 extract: upload, see what it would change
/// (the import is run and rolled back), then confirm. All or nothing either way.</summary>
[Authorize(Policy = Policies.ManageSsda903)]
[RequestSizeLimit(Ssda903Form.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Ssda903Form.MaxUploadBytes)]
public sealed class IndexModel(IroDbContext db, CouncilScope scope, IWorkingDayCalendar calendar, IMemoryCache uploads, TimeProvider clock) : PageModel
{
    /// <summary>How long a checked upload waits for confirmation before it must be uploaded again.</summary>
    private static readonly TimeSpan HoldFor = TimeSpan.FromMinutes(20);

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public Guid? Token { get; set; }

    public IReadOnlyList<Ssda903InputProblem> Problems { get; private set; } = [];
    public Ssda903ImportReport? Preview { get; private set; }

    [TempData]
    public string? Imported { get; set; }

    public void OnGet() => Year = Ssda903Form.DefaultYear(clock).Label;

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (!CollectionYear.TryParse(Year, out var year))
        {
            ModelState.AddModelError(nameof(Year), "Select a collection year");
            return Page();
        }
        if (Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Select the 903 files to import");
            return Page();
        }
        var read = Ssda903Form.ReadUploads(Files, year);
        if (read.Problems.Count > 0)
        {
            Problems = read.Problems;
            return Page();
        }
        var council = scope.CouncilId ?? throw new InvalidOperationException("An importer belongs to a council.");
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            Preview = await Ssda903Import.ImportAsync(db, council, read.Return, calendar, ct);
            await transaction.RollbackAsync(ct);
        }
        db.ChangeTracker.Clear();
        if (!Preview.Succeeded)
        {
            Problems = Preview.Problems;
            Preview = null;
            return Page();
        }
        Token = Guid.NewGuid();
        uploads.Set(CacheKey(Token.Value), read.Return, HoldFor);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (Token is not { } token || !uploads.TryGetValue(CacheKey(token), out Ssda903Return? data) || data is null)
        {
            ModelState.AddModelError(nameof(Files), "The checked upload has expired: upload the files again");
            return Page();
        }
        uploads.Remove(CacheKey(token));
        var council = scope.CouncilId ?? throw new InvalidOperationException("An importer belongs to a council.");
        var report = await Ssda903Import.ImportAsync(db, council, data, calendar, ct);
        if (!report.Succeeded)
        {
            Problems = report.Problems;
            return Page();
        }
        Imported = report.Describe();
        return RedirectToPage();
    }

    // The held upload belongs to the person who checked it: no one else can confirm it.
    private string CacheKey(Guid token) => $"ssda903-import:{User.Identity?.Name}:{token}";
}
