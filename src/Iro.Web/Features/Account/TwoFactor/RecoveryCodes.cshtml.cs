using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Account.TwoFactor;

/// <summary>Shows new recovery codes once (they travel from the POST that made them in TempData, an
/// encrypted cookie read once), and makes new ones on request.</summary>
[AllowedBeforeTwoFactorSetUp]
public sealed class RecoveryCodesModel(UserManager<IroUser> userManager) : PageModel
{
    public const int Count = 10;
    public const string CodesKey = "RecoveryCodes";

    public IReadOnlyList<string> Codes { get; private set; } = [];
    public int Left { get; private set; }

    [TempData(Key = IndexModel.BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Index");
        }
        Response.Headers.CacheControl = "no-store";
        Codes = TempData[CodesKey] as string[] ?? [];
        Left = await userManager.CountRecoveryCodesAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Index");
        }
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, Count);
        TempData[CodesKey] = codes?.ToArray() ?? [];
        TempData[IndexModel.BannerKey] = "New recovery codes made. Your old codes no longer work";
        return RedirectToPage();
    }
}
