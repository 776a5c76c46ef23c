namespace Iro.Core.Ssda903;

internal static partial class Ssda903Rules
{
    private static void FailMissing(RuleContext c, int row) => c.Fail(Ssda903Table.Missing, c.X.MChild[row], row);

    /// <summary>1004: MIS_START blank or not a valid dd/mm/yyyy date.</summary>
    private static void Check1004(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] < 0)
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>1005: MIS_END given but not a valid dd/mm/yyyy date.</summary>
    private static void Check1005(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MEnd[i] == Ssda903Dates.Invalid)
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>1006: MISSING given and not in the MISSING list (M, A; §5.12), compared as sent.</summary>
    private static void Check1006(RuleContext c)
    {
        var x = c.X;
        var codes = c.Codes(CodeSet.Missing);
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (!IsBlank(x.MMissing[i]) && !codes.ContainsKey(x.MMissing[i]))
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>564: MISSING is M or A and MIS_START is blank.</summary>
    private static void Check564(RuleContext c)
    {
        var x = c.X;
        var codes = c.Codes(CodeSet.Missing);
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] == Ssda903Dates.Blank && codes.ContainsKey(x.MMissing[i]))
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>565: MIS_START given (valid or not) and MISSING blank.</summary>
    private static void Check565(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] != Ssda903Dates.Blank && IsBlank(x.MMissing[i]))
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>566: MIS_END given (valid or not) and MISSING blank.</summary>
    private static void Check566(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MEnd[i] != Ssda903Dates.Blank && IsBlank(x.MMissing[i]))
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>567: MIS_END earlier than MIS_START (both valid).</summary>
    private static void Check567(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] >= 0 && x.MEnd[i] >= 0 && x.MEnd[i] < x.MStart[i])
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>570: MIS_START after 31 March of the collection year.</summary>
    private static void Check570(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] > x.YearEnd)
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>571: a valid MIS_END outside 1 April to 31 March of the collection year.</summary>
    private static void Check571(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            var end = x.MEnd[i];
            if (end >= 0 && (end < x.YearStart || end > x.YearEnd))
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>574: see <see cref="CheckOverlaps"/>.</summary>
    private static void Check574(RuleContext c) => CheckOverlaps(c, Ssda903Table.Missing, c.X.MChild, c.X.MStart, c.X.MEnd);

    /// <summary>574 and 705: the child's periods in start order; a period fails when an earlier one is still
    /// open (no end date) or ends after it starts. Comparing with the latest end so far, not only the period
    /// just before, catches a long period that several later ones start inside.</summary>
    private static void CheckOverlaps(RuleContext c, Ssda903Table table, string[] child, int[] start, int[] end)
    {
        var (rows, starts) = Ssda903ReturnIndex.ByChildThenStart(child, start, end);
        var latestEnd = int.MinValue;
        var open = false;
        for (var k = 0; k < rows.Length; k++)
        {
            var row = rows[k];
            if (starts[k])
            {
                latestEnd = int.MinValue;
                open = false;
            }
            else if (open || start[row] < latestEnd)
            {
                c.Fail(table, child[row], row);
            }
            if (end[row] == Ssda903Dates.Blank)
            {
                open = true;
            }
            else
            {
                latestEnd = Math.Max(latestEnd, end[row]);
            }
        }
    }

    /// <summary>575: an open missing period (valid MIS_START, MIS_END blank) that started during an episode that
    /// has ended (DECOM ≤ MIS_START ≤ DEC, both valid), as the public validator reads it: the placement the
    /// child went missing from has ended, so the missing period must have too.</summary>
    private static void Check575(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            var start = x.MStart[i];
            var group = x.MGroup[i];
            if (start < 0 || x.MEnd[i] != Ssda903Dates.Blank || group < 0)
            {
                continue;
            }
            for (var k = x.GroupStart[group]; k < x.GroupStart[group + 1]; k++)
            {
                var row = x.GroupRows[k];
                if (x.Decom[row] >= 0 && x.Dec[row] >= 0 && x.Decom[row] <= start && start <= x.Dec[row])
                {
                    FailMissing(c, i);
                    break;
                }
            }
        }
    }

    /// <summary>577: an open missing period (valid MIS_START, MIS_END blank) when the child's last episode (by
    /// DECOM) has a valid DEC, that is, the child has ceased to be looked after.</summary>
    private static void Check577(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] < 0 || x.MEnd[i] != Ssda903Dates.Blank || x.MGroup[i] < 0)
            {
                continue;
            }
            var last = x.LastEpisode(x.MGroup[i]);
            if (last >= 0 && x.Dec[last] >= 0)
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>578: a valid MIS_START after the valid DEC of the child's last episode (by DECOM).</summary>
    private static void Check578(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] < 0 || x.MGroup[i] < 0)
            {
                continue;
            }
            var last = x.LastEpisode(x.MGroup[i]);
            if (last >= 0 && x.Dec[last] >= 0 && x.MStart[i] > x.Dec[last])
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>580, as the public validator reads it: a missing period ending on the child's 18th birthday (from
    /// the Missing row's DOB), the day an episode of the child ended, when that episode's REC is not E8 (any other
    /// reason). Flags the episode, once however many missing rows point at it.</summary>
    private static void Check580(RuleContext c)
    {
        var x = c.X;
        HashSet<int>? flagged = null;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            var end = x.MEnd[i];
            var group = x.MGroup[i];
            if (end < 0 || x.MDob[i] < 0 || group < 0 || end != Ssda903Dates.AddYears(x.MDob[i], 18))
            {
                continue;
            }
            for (var k = x.GroupStart[group]; k < x.GroupStart[group + 1]; k++)
            {
                var row = x.GroupRows[k];
                if (x.Dec[row] == end && x.ERec[row] != "E8" && (flagged ??= []).Add(row))
                {
                    c.FailEpisode(row);
                }
            }
        }
    }

    /// <summary>581: a valid MIS_START on no day of any of the child's episodes (DECOM ≤ MIS_START ≤ DEC, or
    /// DECOM ≤ MIS_START for an open episode). Children without episodes, and children with an episode whose
    /// DECOM or DEC is not a valid date (its days are unknown), are not checked.</summary>
    private static void Check581(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            var start = x.MStart[i];
            var group = x.MGroup[i];
            if (start < 0 || group < 0)
            {
                continue;
            }
            var inCare = false;
            var unknown = false;
            for (var k = x.GroupStart[group]; k < x.GroupStart[group + 1]; k++)
            {
                var row = x.GroupRows[k];
                if (x.Decom[row] < 0 || x.Dec[row] == Ssda903Dates.Invalid)
                {
                    unknown = true;
                    break;
                }
                if (x.Decom[row] <= start && (x.Dec[row] == Ssda903Dates.Blank || start <= x.Dec[row]))
                {
                    inCare = true;
                    break;
                }
            }
            if (!inCare && !unknown)
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>586: MIS_START on or before the Missing row's DOB (both valid); the public validator flags the
    /// day of birth too.</summary>
    private static void Check586(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.Missing.Count; i++)
        {
            if (x.MStart[i] >= 0 && x.MDob[i] >= 0 && x.MStart[i] <= x.MDob[i])
            {
                FailMissing(c, i);
            }
        }
    }

    /// <summary>INT04: a Missing CHILD absent from the Header (only when a Header table was sent).</summary>
    private static void CheckInt04(RuleContext c) => CheckInHeader(c, Ssda903Table.Missing, c.X.MChild, c.X.MHeaderRow);

    /// <summary>INT13: the Missing DOB differs from the Header DOB, both valid dates.</summary>
    private static void CheckInt13(RuleContext c) => CheckDobMatchesHeader(c, Ssda903Table.Missing, c.X.MChild, c.X.MDob, c.X.MHeaderRow);

    /// <summary>INT03-style check for a child-level table: rows whose child has no Header row, when a Header
    /// table was sent.</summary>
    private static void CheckInHeader(RuleContext c, Ssda903Table table, string[] children, int[] headerRow)
    {
        if (!c.X.Header.Present)
        {
            return;
        }
        for (var i = 0; i < children.Length; i++)
        {
            if (headerRow[i] < 0)
            {
                c.Fail(table, children[i], i);
            }
        }
    }

    /// <summary>INT13 and INT18, as the public validator checks them: the row's DOB and the Header DOB are both
    /// valid dates and differ. Blank or invalid DOBs are left to the rules about those fields.</summary>
    private static void CheckDobMatchesHeader(RuleContext c, Ssda903Table table, string[] children, int[] dob, int[] headerRow)
    {
        var x = c.X;
        for (var i = 0; i < children.Length; i++)
        {
            var h = headerRow[i];
            if (h >= 0 && dob[i] >= 0 && x.HeaderDob[h] >= 0 && dob[i] != x.HeaderDob[h])
            {
                c.Fail(table, children[i], i);
            }
        }
    }
}
