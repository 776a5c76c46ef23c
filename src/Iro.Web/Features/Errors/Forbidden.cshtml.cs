using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Errors;

/// <summary>Shown for 403 responses (status code pages re-execute <c>/errors/403</c>) and at <c>/forbidden</c>.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ForbiddenModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;

    public void OnPost() => OnGet();
}
