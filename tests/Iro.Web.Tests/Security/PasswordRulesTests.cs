using Iro.Core.Users;

namespace Iro.Web.Tests.Security;

/// <summary>NCSC password guidance: length, no composition rules, and a deny list of the passwords tried
/// first (NIST SP 800-63B 5.1.1.2: breached values, repetitive or sequential characters, context-specific
/// words such as the user's own email).</summary>
public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("password1234", "ada@north.test", true)] // the most common password, made long enough
    [InlineData("Password-1234", "ada@north.test", true)] // case and punctuation do not hide it
    [InlineData("qwertyuiop123", "ada@north.test", true)]
    [InlineData("liverpool1234", "ada@north.test", true)]
    [InlineData("111111111111", "ada@north.test", true)] // repetitive
    [InlineData("abababababab", "ada@north.test", true)]
    [InlineData("123456789012", "ada@north.test", true)] // sequential
    [InlineData("zyxwvutsrqpo", "ada@north.test", true)]
    [InlineData("morgan.manager2026", "morgan.manager@north.test", true)] // the user's own email
    [InlineData("sign-in-as-ada@north.test", "ada@north.test", true)]
    [InlineData("correct-horse-battery", "ada@north.test", false)] // three random words: what NCSC advises
    [InlineData("demo-password-1234", "iro@demo.iro.test", false)]
    [InlineData("kettle orange lamppost", "ada@north.test", false)]
    public void CommonPasswordValidator_RefusesCommonAndContextualPasswords(string password, string email, bool refused) =>
        Assert.Equal(refused, CommonPasswordValidator.IsRefused(password, email));

    [Fact]
    public void DenyList_HoldsOnlyPasswordsLongEnoughToMatter()
    {
        Assert.True(CommonPasswordValidator.IsRefused("iloveyou1234", null));
        Assert.False(CommonPasswordValidator.IsRefused("iloveyou", null)); // refused by length instead, not by the list
    }
}
