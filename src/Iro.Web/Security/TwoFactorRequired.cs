using Iro.Core.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Iro.Web.Security;

/// <summary>Marks a page that a user who must set up two-factor authentication may still open: the set-up
/// pages themselves and sign-out.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedBeforeTwoFactorSetUpAttribute : Attribute;

/// <summary>An administrator without two-factor authentication is taken to set it up before anything
/// else (<see cref="SignInPolicy.RequiresTwoFactor"/>). Runs after authentication, before authorisation.</summary>
internal sealed class TwoFactorRequiredMiddleware(RequestDelegate next)
{
    public const string SetUpPath = "/account/two-factor/set-up";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.MustSetUpTwoFactor()
            && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && endpoint.Metadata.GetMetadata<AllowedBeforeTwoFactorSetUpAttribute>() is null)
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            context.Response.Redirect(SetUpPath);
            return Task.CompletedTask;
        }
        return next(context);
    }
}
