using System.Globalization;

namespace Iro.Core.Tests;

internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
