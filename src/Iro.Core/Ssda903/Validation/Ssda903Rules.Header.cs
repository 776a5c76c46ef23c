namespace Iro.Core.Ssda903;

internal static partial class Ssda903Rules
{
    /// <summary>101: SEX in the year's list (1/2 up to 2023-24, M/F/U from 2024-25; §5.1). Blank fails, as in
    /// the public validator (the value must be in the list).</summary>
    private static void Check101(RuleContext c)
    {
        var x = c.X;
        var codes = c.Codes(CodeSet.Sex);
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (!codes.ContainsKey(x.HSex[i]))
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>102: DOB is a valid dd/mm/yyyy date; blank fails.</summary>
    private static void Check102(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HeaderDob[i] < 0)
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>103: ETHNIC in the 20-code list (§5.2); blank fails.</summary>
    private static void Check103(RuleContext c)
    {
        var x = c.X;
        var codes = c.Codes(CodeSet.Ethnic);
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (!codes.ContainsKey(x.HEthnic[i]))
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>168: UPN format or UN1–UN5 (§4). A blank UPN passes, as in the public validator.</summary>
    private static void Check168(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            var upn = x.HUpn[i];
            if (!IsBlank(upn) && !Ssda903CodeSets.IsValidUpn(upn))
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>232 (from 2024-25): a warning whenever SEX is U (§5.1).</summary>
    private static void Check232(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HSex[i] == "U")
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>301: a valid DOB after 31 March of the collection year.</summary>
    private static void Check301(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HeaderDob[i] > x.YearEnd)
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>INT32: a CHILD with more than one Header row; every such row is flagged. The index notes the
    /// repeats while it builds the lookup, so a clean Header costs nothing here.</summary>
    private static void CheckInt32(RuleContext c)
    {
        var x = c.X;
        if (x.RepeatedHeaderChildren is not { } repeated)
        {
            return;
        }
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (repeated.Contains(x.HChild[i]))
            {
                c.Fail(Ssda903Table.Header, x.HChild[i], i);
            }
        }
    }

    /// <summary>Flags every row of a child-level table whose child has more than one row (INT36).</summary>
    private static void CheckOnce(RuleContext c, Ssda903Table table, string[] children)
    {
        var seen = new Dictionary<string, int>(children.Length, StringComparer.Ordinal);
        foreach (var child in children)
        {
            seen[child] = seen.GetValueOrDefault(child) + 1;
        }
        for (var i = 0; i < children.Length; i++)
        {
            if (seen[children[i]] > 1)
            {
                c.Fail(table, children[i], i);
            }
        }
    }

    // Motherhood (MOTHER, MC_DOB; ssda903.md §2). SEX is read with the year's codes: male is 1 (to 2023-24) or M,
    // female 2 or F.
    private static bool IsMale(string sex) => sex is "1" or "M";

    private static bool IsFemale(string sex) => sex is "2" or "F";

    private static void FailHeader(RuleContext c, int row) => c.Fail(Ssda903Table.Header, c.X.HChild[row], row);

    /// <summary>171: MC_DOB given but not a valid dd/mm/yyyy date.</summary>
    private static void Check171(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HMcDob[i] == Ssda903Dates.Invalid)
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>174: MC_DOB given (valid or not) for a male child.</summary>
    private static void Check174(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HMcDob[i] != Ssda903Dates.Blank && IsMale(x.HSex[i]))
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>611: MOTHER is 1 but MC_DOB is blank.</summary>
    private static void Check611(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HMcDob[i] == Ssda903Dates.Blank && x.HMother[i] == "1")
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>612: a female child with MC_DOB given (valid or not) and MOTHER 0 or blank.</summary>
    private static void Check612(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HMcDob[i] != Ssda903Dates.Blank && IsFemale(x.HSex[i]) && (x.HMother[i] == "0" || IsBlank(x.HMother[i])))
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>620: MOTHER is 1 and the child was under 11 on 1 April of the collection year (DOB + 11 years
    /// after 1 April; the 11th birthday on 1 April passes).</summary>
    private static void Check620(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HeaderDob[i] >= 0 && x.HMother[i] == "1" && !Ssda903Dates.IsAtLeast(x.YearStart, x.HeaderDob[i], 11))
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>621: MC_DOB on or before the child's own DOB (both valid), as the public validator reads it: a
    /// mother born the same day as her child fails too.</summary>
    private static void Check621(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HMcDob[i] >= 0 && x.HeaderDob[i] >= 0 && x.HMcDob[i] <= x.HeaderDob[i])
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>625: a valid MC_DOB after 31 March of the collection year, or after the end date of the child's
    /// last episode (in DECOM order) when that episode has ended. Iro reads "ceased to be looked after" as the last
    /// episode having ended, as for 577; the public validator compares with the latest end date of any episode,
    /// even while a later episode is open.</summary>
    private static void Check625(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Header.Count; i++)
        {
            var mcDob = x.HMcDob[i];
            if (mcDob < 0)
            {
                continue;
            }
            var fails = mcDob > x.YearEnd;
            if (!fails && x.GroupByChild.TryGetValue(x.HChild[i], out var g))
            {
                var last = x.LastEpisode(g);
                fails = last >= 0 && x.Dec[last] >= 0 && mcDob > x.Dec[last];
            }
            if (fails)
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>442: a blank UPN for a child with at least one episode whose legal status is not V3 or V4.</summary>
    private static void Check442(RuleContext c)
    {
        var x = c.X;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var h = x.GroupHeaderRow[g];
            if (h < 0 || !IsBlank(x.HUpn[h]))
            {
                continue;
            }
            for (var k = x.GroupStart[g]; k < x.GroupStart[g + 1]; k++)
            {
                if (!IsRespite(x.ELs[x.GroupRows[k]]))
                {
                    FailHeader(c, h);
                    break;
                }
            }
        }
    }

    /// <summary>209: UPN UN1 (not of school age) for a child who was 4 or over on 31 August before the
    /// collection year began (31 August 2024 for 2025-26), as the DfE and the public validator date school age.
    /// </summary>
    private static void Check209(RuleContext c)
    {
        var x = c.X;
        var schoolAgeDay = new DateOnly(x.Year.StartYear - 1, 8, 31).DayNumber;
        for (var i = 0; i < x.Header.Count; i++)
        {
            if (x.HeaderDob[i] >= 0 && x.HUpn[i] == "UN1" && Ssda903Dates.IsAtLeast(schoolAgeDay, x.HeaderDob[i], 4))
            {
                FailHeader(c, i);
            }
        }
    }

    /// <summary>210: UPN UN4 (newly looked after, UPN not yet known) for a child looked after on 31 March whose
    /// period of care began before 24 March, that is more than a week before. The period of care is the child's
    /// last episode, open, and the episodes before it joined to it day to day (each ended X1 on the day the next
    /// began). The public validator flags UN4 when an episode starts on or after 24 March, which is the case UN4
    /// is meant for; Iro follows the DfE wording.</summary>
    private static void Check210(RuleContext c)
    {
        var x = c.X;
        var weekBefore = x.YearEnd - 7;
        for (var g = 0; g < x.GroupCount; g++)
        {
            var h = x.GroupHeaderRow[g];
            if (h < 0 || x.HUpn[h] != "UN4")
            {
                continue;
            }
            var row = x.LastEpisode(g);
            if (row < 0 || x.Dec[row] != Ssda903Dates.Blank)
            {
                continue;
            }
            var previous = x.Previous[row];
            while (previous >= 0 && x.ERec[previous] == "X1" && x.Dec[previous] == x.Decom[row])
            {
                row = previous;
                previous = x.Previous[row];
            }
            if (x.Decom[row] < weekBefore)
            {
                FailHeader(c, h);
            }
        }
    }
}
