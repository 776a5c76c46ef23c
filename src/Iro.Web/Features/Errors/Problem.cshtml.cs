using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Iro.Web.Features.Errors;

/// <summary>Shown for any other error status (status code pages re-execute <c>/errors/{code}</c>), for example
/// a 400 when a form's antiforgery token has expired. The response keeps the original status code.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ProblemModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        Response.StatusCode = Code;
    }

    public void OnPost(int code) => OnGet(code);
}
