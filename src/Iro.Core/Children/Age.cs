namespace Iro.Core.Children;

public static class Age
{
    /// <summary>Age in whole years on a date. Someone born on 29 February has their birthday on 1 March in a
    /// common year (the usual reading in England of the Family Law Reform Act 1969 s.9).</summary>
    public static int On(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        var birthday = dateOfBirth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(date.Year)
            ? new DateOnly(date.Year, 3, 1)
            : new DateOnly(date.Year, dateOfBirth.Month, dateOfBirth.Day);
        return birthday > date ? age - 1 : age;
    }
}
