namespace Iro.Core.Ssda903;

internal static partial class Ssda903Rules
{
    private static void FailUasc(RuleContext c, int row) => c.Fail(Ssda903Table.Uasc, c.X.UChild[row], row);

    /// <summary>104: DUC given but not a valid dd/mm/yyyy date, or (as the public validator reads it) a valid
    /// date before 1 April of the collection year.</summary>
    private static void Check104(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Uasc.Count; i++)
        {
            var duc = x.UDuc[i];
            if (duc == Ssda903Dates.Invalid || (duc >= 0 && duc < x.YearStart))
            {
                FailUasc(c, i);
            }
        }
    }

    /// <summary>304: DUC later than DOB + 18 years, both valid, DOB from the UASC row (the 18th birthday
    /// itself passes).</summary>
    private static void Check304(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Uasc.Count; i++)
        {
            if (x.UDuc[i] >= 0 && x.UDob[i] >= 0 && x.UDuc[i] > Ssda903Dates.AddYears(x.UDob[i], 18))
            {
                FailUasc(c, i);
            }
        }
    }

    /// <summary>INT09: a UASC CHILD absent from the Header (only when a Header table was sent).</summary>
    private static void CheckInt09(RuleContext c) => CheckInHeader(c, Ssda903Table.Uasc, c.X.UChild, c.X.UHeaderRow);

    /// <summary>INT18: the UASC DOB differs from the Header DOB, both valid dates.</summary>
    private static void CheckInt18(RuleContext c) => CheckDobMatchesHeader(c, Ssda903Table.Uasc, c.X.UChild, c.X.UDob, c.X.UHeaderRow);

    /// <summary>INT21: SEX on the UASC row differs, as sent, from the Header's; both must be given.</summary>
    private static void CheckInt21(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Uasc.Count; i++)
        {
            var h = x.UHeaderRow[i];
            if (h >= 0 && !IsBlank(x.USex[i]) && !IsBlank(x.HSex[h]) && !string.Equals(x.USex[i], x.HSex[h], StringComparison.Ordinal))
            {
                FailUasc(c, i);
            }
        }
    }

    /// <summary>INT36: a CHILD with more than one UASC row; every such row is flagged.</summary>
    private static void CheckInt36(RuleContext c) => CheckOnce(c, Ssda903Table.Uasc, c.X.UChild);
}
