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
    public void StringCache_EqualValuesShareOneInstance_DifferentValuesNever()
    {
        var cache = new StringCache();
        var first = cache.Get("CUSTOD");
        Assert.Same(first, cache.Get("CUSTOD".AsSpan()));
        Assert.Same(cache.Get("31/03/2026"), cache.Get("31/03/2026"));
        Assert.Same(cache.Get("ABCDEFGHIJK"), cache.Get("ABCDEFGHIJK"));

        // Values alike in their first characters, or one a prefix of the other, are kept apart by their keys.
        string[] alike =
        [
            "C1", "C10", "C1 ", "c1", "C\u01001", "", "ABC", "ABCD", "ABCE", "ABCDE", "ABCDX", "XBCDE", "ABCDEFGH",
            "ABCDEFGX", "ABCDEFGHI", "ABCDEFGHX", "ABCDXFGHI", "ABCDEFGHIJK", "ABCDEFGHXJK", "ABCDEFGHIJX",
            "BCDEFGHIJK", "C12345678", "C123456789", "C1234567890", "\u0800BC", "\u0800BCD",
        ];
        foreach (var value in alike)
        {
            Assert.Equal(value, cache.Get(value));
        }
        foreach (var value in alike)
        {
            Assert.Equal(value, cache.Get(value));
        }

        // Longer values are not cached: a new string each time, still equal to the value.
        var longValue = cache.Get("ABCDEFGHIJKL");
        Assert.Equal("ABCDEFGHIJKL", longValue);
        Assert.NotSame(longValue, cache.Get("ABCDEFGHIJKL"));
    }
}
