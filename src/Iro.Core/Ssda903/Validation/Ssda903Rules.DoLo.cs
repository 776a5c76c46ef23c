namespace Iro.Core.Ssda903;

/// <remarks>Rules 700–710 (2026-27) on the DoLo table, the deprivation of liberty orders of a looked-after child
/// (ssda903.md §6.2): dates valid, in order and within the year; no overlapping orders; an order open when care
/// ended; and the placement types expected while an order lasts (709: K2, Z12 or Z13) or not allowed
/// (710: K1, P1, R5, K3).</remarks>
internal static partial class Ssda903Rules
{
    private static void FailDoLo(RuleContext c, int row) => c.Fail(Ssda903Table.DoLo, c.X.DChild[row], row);

    /// <summary>700: DOLO_START blank or not a valid dd/mm/yyyy date.</summary>
    private static void Check700(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (x.DStart[i] < 0)
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>701: DOLO_END given but not a valid dd/mm/yyyy date.</summary>
    private static void Check701(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (x.DEnd[i] == Ssda903Dates.Invalid)
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>702: DOLO_END earlier than DOLO_START (both valid). The DfE wording is "before"; the public
    /// validator also flags an order ending the day it started, which Iro does not.</summary>
    private static void Check702(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (x.DStart[i] >= 0 && x.DEnd[i] >= 0 && x.DEnd[i] < x.DStart[i])
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>703: DOLO_START after 31 March of the collection year.</summary>
    private static void Check703(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (x.DStart[i] > x.YearEnd)
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>704: a valid DOLO_END outside 1 April to 31 March of the collection year.</summary>
    private static void Check704(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            var end = x.DEnd[i];
            if (end >= 0 && (end < x.YearStart || end > x.YearEnd))
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>705: a DoLO starting while an earlier one of the child is open or not yet ended (see
    /// <see cref="CheckOverlaps"/>).</summary>
    private static void Check705(RuleContext c) => CheckOverlaps(c, Ssda903Table.DoLo, c.X.DChild, c.X.DStart, c.X.DEnd);

    /// <summary>707: a DoLO with a valid start and no end, when the child's last episode (by DECOM) has a valid
    /// DEC, that is, the child has ceased to be looked after. Children without episodes are not checked.</summary>
    private static void Check707(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (x.DStart[i] < 0 || x.DEnd[i] != Ssda903Dates.Blank || x.DGroup[i] < 0)
            {
                continue;
            }
            var last = x.LastEpisode(x.DGroup[i]);
            if (last >= 0 && x.Dec[last] >= 0)
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>708: DOLO_START on or before the DoLo row's DOB (both valid): the DfE specification asks for a
    /// start after the date of birth.</summary>
    private static void Check708(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (x.DStart[i] >= 0 && x.DDob[i] >= 0 && x.DStart[i] <= x.DDob[i])
            {
                FailDoLo(c, i);
            }
        }
    }

    /// <summary>709: a DoLO with valid start and end overlapping an episode whose PLACE is given and is not K2,
    /// Z12 or Z13; the DoLo row is flagged once.</summary>
    private static void Check709(RuleContext c)
    {
        var x = c.X;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (!HasDoLoDates(x, i))
            {
                continue;
            }
            var group = x.DGroup[i];
            for (var k = x.GroupStart[group]; k < x.GroupStart[group + 1]; k++)
            {
                var row = x.GroupRows[k];
                if (Overlaps(x, row, i) && !IsBlank(x.EPlace[row]) && x.EPlace[row] is not ("K2" or "Z12" or "Z13"))
                {
                    FailDoLo(c, i);
                    break;
                }
            }
        }
    }

    /// <summary>710: a DoLO with valid start and end overlapping an episode in K1, P1, R5 or K3; the DoLo row and
    /// each such episode are flagged once, however many orders and episodes meet.</summary>
    private static void Check710(RuleContext c)
    {
        var x = c.X;
        HashSet<int>? episodes = null;
        for (var i = 0; i < x.DoLo.Count; i++)
        {
            if (!HasDoLoDates(x, i))
            {
                continue;
            }
            var group = x.DGroup[i];
            var flagged = false;
            for (var k = x.GroupStart[group]; k < x.GroupStart[group + 1]; k++)
            {
                var row = x.GroupRows[k];
                if (Overlaps(x, row, i) && x.EPlace[row] is "K1" or "P1" or "R5" or "K3")
                {
                    if (!flagged)
                    {
                        FailDoLo(c, i);
                        flagged = true;
                    }
                    if ((episodes ??= []).Add(row))
                    {
                        c.FailEpisode(row);
                    }
                }
            }
        }
    }

    /// <summary>709 and 710 check orders with both dates valid, for a child with episodes.</summary>
    private static bool HasDoLoDates(Ssda903ReturnIndex x, int dolo) =>
        x.DStart[dolo] >= 0 && x.DEnd[dolo] >= 0 && x.DGroup[dolo] >= 0;

    /// <summary>The episode (valid DECOM; DEC valid or blank) and the order share a day: DECOM on or before
    /// DOLO_END, and the episode still open or its DEC on or after DOLO_START.</summary>
    private static bool Overlaps(Ssda903ReturnIndex x, int episode, int dolo) =>
        x.Decom[episode] >= 0 && x.Decom[episode] <= x.DEnd[dolo]
        && (x.Dec[episode] == Ssda903Dates.Blank || (x.Dec[episode] >= 0 && x.Dec[episode] >= x.DStart[dolo]));
}
