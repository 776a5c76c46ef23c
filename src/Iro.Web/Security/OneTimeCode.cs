using System.Globalization;
using System.Text;

namespace Iro.Web.Security;

/// <summary>Authenticator (TOTP, RFC 6238) codes as people type them, and the shared key as they read it.</summary>
public static class OneTimeCode
{
    public const string Issuer = "Iro";

    /// <summary>The code without the spaces and hyphens that apps show for legibility.</summary>
    public static string Normalise(string? code) =>
        new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    public static bool IsWellFormed(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);

    /// <summary>The base-32 key in groups of four, lower case, for typing into an app.</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The Key Uri Format that authenticator apps read (github.com/google/google-authenticator/wiki/Key-Uri-Format).</summary>
    public static string Uri(string account, string key) => string.Create(CultureInfo.InvariantCulture,
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30");
}
