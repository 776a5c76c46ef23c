using Iro.Core.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.SignOut;

/// <summary>POST signs out. GET (no JavaScript, a typed address) only shows a button, so that a link
/// elsewhere cannot sign someone out. Anonymous, so that an expired session still reaches sign-in.</summary>
[AllowAnonymous]
public sealed class IndexModel(SignInManager<IroUser> signInManager) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return LocalRedirect("/sign-in");
    }
}
