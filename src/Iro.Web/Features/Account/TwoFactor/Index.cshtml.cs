using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Account.TwoFactor;

/// <summary>Whether two-factor authentication is on for the signed-in user, and what they can do about it.</summary>
[AllowedBeforeTwoFactorSetUp]
public sealed class IndexModel(UserManager<IroUser> userManager) : PageModel
{
    public const string BannerKey = "TwoFactorBanner";

    public bool Enabled { get; private set; }
    public bool Required { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    [TempData(Key = BannerKey)]
    public string? Banner { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Enabled = await userManager.GetTwoFactorEnabledAsync(user);
        Required = SignInPolicy.RequiresTwoFactor(user.Role);
        RecoveryCodesLeft = Enabled ? await userManager.CountRecoveryCodesAsync(user) : 0;
        return Page();
    }
}
