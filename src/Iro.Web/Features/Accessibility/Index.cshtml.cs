using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Accessibility;

/// <summary>The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 require.
/// Anyone can read it, signed in or not.</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
