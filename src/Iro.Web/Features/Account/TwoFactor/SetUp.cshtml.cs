using Iro.Core.Users;
using Iro.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Account.TwoFactor;

/// <summary>Sets up an authenticator app: shows the shared key (and its otpauth:// link), then turns two-factor
/// authentication on only when the person proves the app works by entering a code from it. The key lives in
/// Identity's user tokens; no other copy is kept.</summary>
[AllowedBeforeTwoFactorSetUp]
public sealed class SetUpModel(UserManager<IroUser> userManager, SignInManager<IroUser> signInManager) : PageModel
{
    public const string IncorrectMessage = "The code is not correct. Check the key you entered in the app, then enter the code it shows now";

    [BindProperty]
    public string? Code { get; set; }

    public string Key { get; private set; } = "";
    public string GroupedKey => OneTimeCode.Grouped(Key);
    public string Account { get; private set; } = "";
    public string SetupUri => OneTimeCode.Uri(Account, Key);
    public bool Required { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Index");
        }
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await userManager.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("Index");
        }
        await LoadKeyAsync(user);

        var code = OneTimeCode.Normalise(Code);
        if (code.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the code from your authenticator app");
            return Page();
        }
        if (!OneTimeCode.IsWellFormed(code))
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers");
            return Page();
        }
        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), IncorrectMessage);
            return Page();
        }

        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodesModel.Count);
        // Re-issue the cookie so that it says two-factor is on (the administrators' gate reads it).
        await signInManager.RefreshSignInAsync(user);
        TempData[RecoveryCodesModel.CodesKey] = codes?.ToArray() ?? [];
        TempData[IndexModel.BannerKey] = "Two-factor authentication is on";
        return RedirectToPage("RecoveryCodes");
    }

    private async Task LoadKeyAsync(IroUser user)
    {
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
        }
        Key = key ?? "";
        Account = user.Email ?? user.UserName ?? "";
        Required = SignInPolicy.RequiresTwoFactor(user.Role);
        Response.Headers.CacheControl = "no-store";
    }
}
