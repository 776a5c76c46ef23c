using Iro.Core;
using Iro.Core.Data;
using Iro.Core.Ssda903;
using Iro.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Iro.Web.Features.Ssda903.Validate;

/// <summary>An analyst checks a 903 extract, or what Iro holds, against the DfE's rules before the DfE does:
/// failures grouped by rule, each explained in plain English, with links to the children.</summary>
[Authorize(Policy = Policies.ManageSsda903)]
[RequestSizeLimit(Ssda903Form.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = Ssda903Form.MaxUploadBytes)]
public sealed class IndexModel(IroDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>How many failing rows each rule lists on the page; the count always covers them all.</summary>
    public const int RowsShownPerRule = 50;

    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public string? Source { get; private set; }
    public IReadOnlyList<Ssda903InputProblem> Problems { get; private set; } = [];
    public IReadOnlyList<RuleGroup> Groups { get; private set; } = [];
    public int FailureCount { get; private set; }
    public IReadOnlyDictionary<string, ChildId> ChildLinks { get; private set; } = new Dictionary<string, ChildId>();

    public sealed record RuleGroup(string Rule, string Message, string Explanation, int Count, IReadOnlyList<ValidationFailure> Shown);

    public void OnGet() => Year = Ssda903Form.DefaultYear(clock).Label;

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (!TryYear(out var year))
        {
            return Page();
        }
        if (Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Files), "Select the 903 files to check");
            return Page();
        }
        var read = Ssda903Form.ReadUploads(Files, year);
        Problems = read.Problems;
        Source = $"{Files.Count} uploaded file{(Files.Count == 1 ? "" : "s")}";
        await ShowAsync(read.Return, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostHeldAsync(CancellationToken ct)
    {
        if (!TryYear(out var year))
        {
            return Page();
        }
        Source = "what Iro holds";
        await ShowAsync(await Ssda903Export.BuildAsync(db, year, ct), ct);
        return Page();
    }

    private bool TryYear(out Iro.Core.Ssda903.CollectionYear year)
    {
        if (Iro.Core.Ssda903.CollectionYear.TryParse(Year, out year))
        {
            return true;
        }
        ModelState.AddModelError(nameof(Year), "Select a collection year");
        return false;
    }

    private async Task ShowAsync(Ssda903Return data, CancellationToken ct)
    {
        if (data.Tables.Count == 0)
        {
            return;
        }
        var failures = Ssda903Validator.Validate(data);
        FailureCount = failures.Count;
        var rules = Ssda903Validator.RulesFor(data.Year).ToDictionary(r => r.Code);
        Groups = failures.GroupBy(f => f.Rule)
            .Select(g => rules.TryGetValue(g.Key, out var info)
                ? new RuleGroup(g.Key, info.Message, info.Explanation, g.Count(), g.Take(RowsShownPerRule).ToList())
                : new RuleGroup(g.Key, g.First().Message, "", g.Count(), g.Take(RowsShownPerRule).ToList()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Rule, StringComparer.Ordinal).ToList();
        var numbers = Groups.SelectMany(g => g.Shown).Select(f => f.Child).Distinct().ToList();
        var links = new Dictionary<string, ChildId>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var c in await db.Children.AsNoTracking().Where(c => chunk.Contains(c.ChildNumber)).Select(c => new { c.ChildNumber, c.Id }).ToListAsync(ct))
            {
                links[c.ChildNumber] = c.Id;
            }
        }
        ChildLinks = links;
    }
}
