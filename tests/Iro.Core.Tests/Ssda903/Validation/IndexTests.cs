using System.Globalization;
using Iro.Core.Ssda903;

namespace Iro.Core.Tests.Ssda903.Validation;

/// <summary>The validator's shared index: dates parsed by hand exactly as dd/MM/yyyy (ssda903.md §3.1), codes
/// interned.</summary>
public class IndexTests
{
    [Theory]
    [InlineData("01/01/2025")]
    [InlineData("29/02/2024")]
    [InlineData("29/02/2025")]
    [InlineData("31/12/9999")]
    [InlineData("00/01/2025")]
    [InlineData("01/13/2025")]
    [InlineData("1/01/2025")]
    [InlineData("01-01-2025")]
    [InlineData(" 01/01/2025")]
    [InlineData("01/01/25")]
    [InlineData("01/01/0000")]
    [InlineData("０1/01/2025")]
    [InlineData("")]
    public void Dates_AcceptExactlyWhatParseExactAccepts(string text)
    {
        var expected = DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.DayNumber
            : string.IsNullOrWhiteSpace(text) ? Ssda903Dates.Blank : Ssda903Dates.Invalid;
        Assert.Equal(expected, Ssda903Dates.Parse(text));
    }

    [Fact]
    public void Interner_EqualCodesShareOneInstance_LongValuesAreLeftAlone()
    {
        var interner = new Interner();
        var first = interner.Intern(new string("CUSTOD".AsSpan()));
        var second = interner.Intern(new string("CUSTOD".AsSpan()));
        Assert.Same(first, second);
        Assert.NotSame(interner.Intern("C1"), interner.Intern("C2"));
        Assert.Equal("C2", interner.Intern(new string("C2".AsSpan())));

        var longValue = new string("ABCDEFGH".AsSpan());
        Assert.Same(longValue, interner.Intern(longValue));
    }
}
