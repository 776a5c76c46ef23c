using Microsoft.AspNetCore.Identity;

namespace Iro.Core.Users;

/// <summary>Refuses the passwords attackers try first: NCSC password guidance ("use a deny list of the most
/// common passwords") and NIST SP 800-63B 5.1.1.2 (values from breach corpuses, repetitive or sequential
/// characters, context-specific words such as the service name or the user's own name). Compared without
/// case or punctuation, so that "Password-1234" is refused as "password1234" is.</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<IroUser>
{
    public const string Code = "CommonPassword";
    public const string Message =
        "Choose a password that is harder to guess: this one is on a list of common passwords, or uses your email address";

    public Task<IdentityResult> ValidateAsync(UserManager<IroUser> manager, IroUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(IsRefused(password, user.Email ?? user.UserName)
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success);
    }

    public static bool IsRefused(string? password, string? email)
    {
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }
        var lower = password.Trim().ToLowerInvariant();
        var plain = Plain(lower);
        if (CommonPasswords.Set.Contains(lower) || CommonPasswords.Set.Contains(plain) || plain.Length == 0)
        {
            return true;
        }
        if (plain.Distinct().Count() <= 2 || IsSequence(plain))
        {
            return true;
        }
        if (!string.IsNullOrEmpty(email))
        {
            var address = email.Trim().ToLowerInvariant();
            var local = Plain(address.Split('@')[0]);
            if (lower.Contains(address, StringComparison.Ordinal) || (local.Length >= 4 && plain.StartsWith(local, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static string Plain(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    /// <summary>A run such as "123456789012" or "abcdefghijkl", forwards or backwards.</summary>
    private static bool IsSequence(string plain)
    {
        if (plain.Length < 2)
        {
            return true;
        }
        var step = plain[1] - plain[0];
        if (step is not (1 or -1))
        {
            return false;
        }
        for (var i = 2; i < plain.Length; i++)
        {
            var d = plain[i] - plain[i - 1];
            if (d != step && !(plain[i] == '0' && plain[i - 1] == '9' && step == 1) && !(plain[i] == '9' && plain[i - 1] == '0' && step == -1))
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>The deny list, lower case. Only passwords of <see cref="SignInPolicy.MinimumPasswordLength"/>
/// characters or more need listing (shorter ones are refused anyway): the long entries of public
/// most-common-password lists, and the most common words with the endings people add to reach a length.</summary>
internal static class CommonPasswords
{
    private static readonly string[] Listed =
    [
        "123456789012", "1234567890123", "12345678901234", "123456789123", "1234567891011", "123123123123",
        "111111111111", "000000000000", "121212121212", "123321123321", "147258369147", "147852369147",
        "qwertyuiopas", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdfghjkl", "qwertyuiopasdfghjklzxcvbnm",
        "qwerty123456", "qwerty1234567", "qwertyqwerty", "asdfghjkl123", "asdfghjkl1234", "asdfasdfasdf",
        "1q2w3e4r5t6y", "1q2w3e4r5t6y7u", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv", "zaq12wsxcde3", "zaq1xsw2cde3",
        "qazwsxedcrfv", "qazwsxedcrfvtgb", "q1w2e3r4t5y6", "a1b2c3d4e5f6", "1234qwerasdf", "1234qwerasdfzxcv",
        "abc123456789", "abcd12345678", "abcdef123456", "aaaaaaaaaaaa", "passwordpassword", "password1234",
        "password12345", "password123456", "password1234567", "password12345678", "passw0rd1234", "p4ssw0rd1234",
        "mypassword123", "mypassword1234", "thisismypassword", "changeme1234", "changemenow1", "changeme123456",
        "letmein12345", "letmein123456", "welcome12345", "welcome123456", "welcometoiro", "iloveyou1234",
        "iloveyou12345", "iloveyouforever", "iloveyousomuch", "iloveyoubaby", "administrator", "administrator1",
        "administrator123", "admin1234567", "admin12345678", "superman1234", "batman123456", "starwars1234",
        "football1234", "football12345", "baseball1234", "liverpool123", "liverpool1234", "liverpoolfc123",
        "manchesterunited", "manchester123", "manchester1234", "chelsea12345", "arsenal12345", "tottenham123",
        "monkey123456", "dragon123456", "sunshine1234", "princess1234", "trustno11234", "michael12345",
        "jennifer1234", "charlie12345", "shadow123456", "master123456", "computer1234", "whatever1234",
        "correcthorsebatterystaple", "iro123456789", "independentreviewingofficer", "socialworker1",
        "socialworker123", "childrenscare", "childrensservices", "council12345", "council123456",
        "summer123456", "winter123456", "spring123456", "autumn123456", "january12345", "december1234",
        "september123", "november1234", "secret123456", "secretpassword", "letmeinplease", "opensesame123",
        "helloworld123", "helloworld1234", "hello1234567", "hello12345678", "test12345678", "testtesttest",
        "testing12345", "testing123456", "default12345", "guest1234567", "user12345678", "login1234567",
        "unknownpassword", "nopassword123", "blink182blink182", "mustang12345", "ashleigh1234", "elizabeth123",
    ];

    private static readonly string[] Words =
    [
        "password", "passw0rd", "p@ssw0rd", "qwerty", "iloveyou", "letmein", "welcome", "football", "monkey",
        "dragon", "sunshine", "princess", "admin", "baseball", "master", "shadow", "superman", "trustno1",
        "changeme", "starwars", "liverpool", "chelsea", "arsenal", "abc123", "whatever", "computer", "freedom",
        "hello", "london", "england", "summer", "winter", "secret", "login", "access", "default", "iro",
    ];

    private static readonly string[] Endings =
    [
        "", "1", "12", "123", "1234", "12345", "123456", "1234567", "!", "1!", "123!", "01", "007", "69", "99",
        "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027",
    ];

    public static readonly HashSet<string> Set = Build();

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(Listed, StringComparer.Ordinal);
        foreach (var word in Words)
        {
            foreach (var ending in Endings)
            {
                foreach (var candidate in new[] { word + ending, word + word + ending })
                {
                    if (candidate.Length >= SignInPolicy.MinimumPasswordLength)
                    {
                        set.Add(candidate);
                        set.Add(new string([.. candidate.Where(char.IsLetterOrDigit)]));
                    }
                }
            }
        }
        return set;
    }
}
