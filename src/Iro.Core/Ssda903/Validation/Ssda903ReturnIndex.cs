namespace Iro.Core.Ssda903;

/// <summary>One table seen by the rules: a missing table has no rows and a missing column reads as blank.</summary>
internal sealed class TableView
{
    private readonly Ssda903TableData? _data;

    public TableView(Ssda903TableData? data)
    {
        _data = data;
        Count = data?.Count ?? 0;
    }

    public bool Present => _data is not null;
    public int Count { get; }

    public int Column(string name) => _data is not null && _data.HasColumn(name) ? _data.ColumnIndex(name) : -1;

    /// <summary>The named columns: the text of each (the table's own arrays; blank where a column is missing), and
    /// dates parsed to day numbers (null for columns that are not dates).</summary>
    public (string[][] Text, int[]?[] Dates) Read(params (string Name, ColumnKind Kind)[] columns)
    {
        var text = new string[columns.Length][];
        var dates = new int[]?[columns.Length];
        string[]? blank = null;
        for (var c = 0; c < columns.Length; c++)
        {
            var column = Column(columns[c].Name);
            if (column >= 0)
            {
                text[c] = _data!.Column(column);
            }
            else
            {
                if (blank is null)
                {
                    blank = new string[Count];
                    Array.Fill(blank, "");
                }
                text[c] = blank;
            }
            if (columns[c].Kind == ColumnKind.Date)
            {
                var parsed = new int[Count];
                var values = text[c];
                for (var i = 0; i < parsed.Length; i++)
                {
                    parsed[i] = Ssda903Dates.Parse(values[i]);
                }
                dates[c] = parsed;
            }
        }
        return (text, dates);
    }
}

internal enum ColumnKind
{
    Text,
    Date,
}

/// <summary>Everything the rules share, built once before any rule runs: every date parsed exactly once (as a day number, or
/// <see cref="Ssda903Dates.Blank"/>/<see cref="Ssda903Dates.Invalid"/>), the Header row of each child, each
/// child's episodes in DECOM order (previous and next episode of every row), and the Missing, UASC and DoLo rows
/// linked to their child's Header row (and, for Missing and DoLo, to the child's episodes).</summary>
internal sealed class Ssda903ReturnIndex
{
    public Ssda903ReturnIndex(Ssda903Return data)
    {
        Year = data.Year;
        YearStart = data.Year.Start.DayNumber;
        YearEnd = data.Year.End.DayNumber;

        Header = new TableView(data[Ssda903Table.Header]);
        Episodes = new TableView(data[Ssda903Table.Episodes]);
        Reviews = new TableView(data[Ssda903Table.Reviews]);
        Missing = new TableView(data[Ssda903Table.Missing]);
        Uasc = new TableView(data[Ssda903Table.Uasc]);
        DoLo = new TableView(data[Ssda903Table.DoLo]);

        // The columns are the tables' own; parsing their dates and grouping the episodes is most of the index's
        // work. The Episodes table is about as much as all the others together, so it is done on one core while
        // the others' dates are parsed on another.
        (string[][] Text, int[]?[] Dates) episodes = ([], []), header = ([], []), reviews = ([], []), missing = ([], []), uasc = ([], []), dolo = ([], []);
        (int[] Group, int[] Start, int[] Rows, Dictionary<string, int> ByChild) groups = ([], [], [], []);
        (int[] Previous, int[] Next) neighbours = ([], []);
        Parallel.Invoke(
            () =>
            {
                episodes = Episodes.Read(
                    ("CHILD", ColumnKind.Text), ("RNE", ColumnKind.Text), ("LS", ColumnKind.Text), ("CIN", ColumnKind.Text),
                    ("PLACE", ColumnKind.Text), ("PLACE_PROVIDER", ColumnKind.Text), ("REC", ColumnKind.Text),
                    ("REASON_PLACE_CHANGE", ColumnKind.Text), ("URN", ColumnKind.Text), ("PL_LA", ColumnKind.Text),
                    ("DECOM", ColumnKind.Date), ("DEC", ColumnKind.Date), ("PL_POST", ColumnKind.Text));
                // Grouping needs only the Episodes table, so it is done here too, while the other core reads the rest.
                groups = GroupEpisodes(episodes.Text[0], episodes.Dates[10]!);
                neighbours = Neighbours(groups.Start, groups.Rows, episodes.Dates[10]!);
            },
            () =>
            {
                header = Header.Read(
                    ("CHILD", ColumnKind.Text), ("SEX", ColumnKind.Text), ("DOB", ColumnKind.Date), ("ETHNIC", ColumnKind.Text),
                    ("UPN", ColumnKind.Text), ("MOTHER", ColumnKind.Text), ("MC_DOB", ColumnKind.Date));
                reviews = Reviews.Read(
                    ("CHILD", ColumnKind.Text), ("DOB", ColumnKind.Date), ("REVIEW", ColumnKind.Date), ("REVIEW_CODE", ColumnKind.Text));
                missing = Missing.Read(
                    ("CHILD", ColumnKind.Text), ("MISSING", ColumnKind.Text), ("DOB", ColumnKind.Date),
                    ("MIS_START", ColumnKind.Date), ("MIS_END", ColumnKind.Date));
                uasc = Uasc.Read(
                    ("CHILD", ColumnKind.Text), ("SEX", ColumnKind.Text), ("DOB", ColumnKind.Date), ("DUC", ColumnKind.Date));
                dolo = DoLo.Read(
                    ("CHILD", ColumnKind.Text), ("DOB", ColumnKind.Date), ("DOLO_START", ColumnKind.Date), ("DOLO_END", ColumnKind.Date));
            });

        (HChild, HSex, HDobText, HEthnic, HUpn, HMother) = (header.Text[0], header.Text[1], header.Text[2], header.Text[3], header.Text[4], header.Text[5]);
        HeaderDob = header.Dates[2]!;
        HMcDob = header.Dates[6]!;
        HeaderRowByChild = new Dictionary<string, int>(Header.Count, StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            if (!HeaderRowByChild.TryAdd(HChild[i], i))
            {
                (RepeatedHeaderChildren ??= new HashSet<string>(StringComparer.Ordinal)).Add(HChild[i]);
            }
        }

        (EChild, ERne, ELs, ECin, EPlace) = (episodes.Text[0], episodes.Text[1], episodes.Text[2], episodes.Text[3], episodes.Text[4]);
        (EProvider, ERec, ERpc, EUrn, EPlLa) = (episodes.Text[5], episodes.Text[6], episodes.Text[7], episodes.Text[8], episodes.Text[9]);
        EPlPost = episodes.Text[12];
        Decom = episodes.Dates[10]!;
        Dec = episodes.Dates[11]!;
        (EpisodeGroup, GroupStart, GroupRows, GroupByChild) = groups;
        (Previous, Next) = neighbours;
        GroupHeaderRow = new int[GroupCount];
        for (var g = 0; g < GroupHeaderRow.Length; g++)
        {
            GroupHeaderRow[g] = HeaderRowByChild.TryGetValue(GroupChild(g), out var row) ? row : -1;
        }

        RDobColumn = Reviews.Column("DOB");
        (RChild, RDobText, RReview, RCode) = (reviews.Text[0], reviews.Text[1], reviews.Text[2], reviews.Text[3]);
        ReviewDob = reviews.Dates[1]!;
        ReviewDate = reviews.Dates[2]!;
        ReviewDobMatchesHeader = new bool[Reviews.Count];
        (ReviewHeaderRow, ReviewGroup) = LinkReviews();

        (MChild, MMissing) = (missing.Text[0], missing.Text[1]);
        (MDob, MStart, MEnd) = (missing.Dates[2]!, missing.Dates[3]!, missing.Dates[4]!);
        (MHeaderRow, MGroup) = LinkToChild(MChild);

        (UChild, USex) = (uasc.Text[0], uasc.Text[1]);
        (UDob, UDuc) = (uasc.Dates[2]!, uasc.Dates[3]!);
        (UHeaderRow, _) = LinkToChild(UChild);

        DChild = dolo.Text[0];
        (DDob, DStart, DEnd) = (dolo.Dates[1]!, dolo.Dates[2]!, dolo.Dates[3]!);
        (_, DGroup) = LinkToChild(DChild);
    }

    /// <summary>The Header row and the episode group of each row's child (-1 where there is none); a child's rows
    /// usually come together, so the lookups are skipped while the child is unchanged.</summary>
    private (int[] HeaderRows, int[] Groups) LinkToChild(string[] children)
    {
        var headerRows = new int[children.Length];
        var groups = new int[children.Length];
        string? previousChild = null;
        int h = -1, g = -1;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (!string.Equals(child, previousChild, StringComparison.Ordinal))
            {
                g = GroupByChild.TryGetValue(child, out var group) ? group : -1;
                h = g >= 0 ? GroupHeaderRow[g] : HeaderRowByChild.TryGetValue(child, out var row) ? row : -1;
                previousChild = child;
            }
            headerRows[i] = h;
            groups[i] = g;
        }
        return (headerRows, groups);
    }

    /// <summary>The rows of a child-level table whose <paramref name="start"/> is a valid date and whose
    /// <paramref name="end"/> is valid or blank, ordered by child (in order of first appearance), then start,
    /// then row; and where each child's run begins (<c>Starts[k]</c> is true on a child's first row).</summary>
    public static (int[] Rows, bool[] Starts) ByChildThenStart(string[] child, int[] start, int[] end)
    {
        var ordinal = new int[child.Length];
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<int>(child.Length);
        for (var i = 0; i < child.Length; i++)
        {
            if (start[i] < 0 || end[i] == Ssda903Dates.Invalid)
            {
                continue;
            }
            if (!ordinals.TryGetValue(child[i], out var o))
            {
                o = ordinals.Count;
                ordinals.Add(child[i], o);
            }
            ordinal[i] = o;
            kept.Add(i);
        }
        var rows = kept.ToArray();
        Array.Sort(rows, (a, b) =>
            ordinal[a] != ordinal[b] ? ordinal[a].CompareTo(ordinal[b])
            : start[a] != start[b] ? start[a].CompareTo(start[b])
            : a.CompareTo(b));
        var starts = new bool[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            starts[k] = k == 0 || ordinal[rows[k]] != ordinal[rows[k - 1]];
        }
        return (rows, starts);
    }

    /// <summary>The Header row of each episode group's child (-1 if none).</summary>
    public int[] GroupHeaderRow { get; }

    public TableView Missing { get; }
    public string[] MChild { get; }
    public string[] MMissing { get; }
    public int[] MDob { get; }
    public int[] MStart { get; }
    public int[] MEnd { get; }
    public int[] MHeaderRow { get; }

    /// <summary>The episode group of each Missing row's child (-1 if the child has no episodes).</summary>
    public int[] MGroup { get; }

    public TableView Uasc { get; }
    public string[] UChild { get; }
    public string[] USex { get; }
    public int[] UDob { get; }
    public int[] UDuc { get; }
    public int[] UHeaderRow { get; }

    public TableView DoLo { get; }
    public string[] DChild { get; }
    public int[] DDob { get; }
    public int[] DStart { get; }
    public int[] DEnd { get; }

    /// <summary>The episode group of each DoLO row's child (-1 if the child has no episodes).</summary>
    public int[] DGroup { get; }

    /// <summary>The child's last episode in DECOM order (the last with a valid DECOM), or -1.</summary>
    public int LastEpisode(int group)
    {
        for (var k = GroupStart[group + 1] - 1; k >= GroupStart[group]; k--)
        {
            var row = GroupRows[k];
            if (Decom[row] >= 0)
            {
                return row;
            }
        }
        return -1;
    }

    /// <summary>The Header row (-1 if none) and episode group (-1 if none) of each review's child.</summary>
    public int[] ReviewHeaderRow { get; }
    public int[] ReviewGroup { get; }

    private (int[] HeaderRows, int[] Groups) LinkReviews()
    {
        var headerRows = new int[Reviews.Count];
        var groups = new int[Reviews.Count];
        string? previousChild = null;
        int h = -1, g = -1;
        for (var i = 0; i < Reviews.Count; i++)
        {
            var child = RChild[i];
            if (!string.Equals(child, previousChild, StringComparison.Ordinal))
            {
                g = GroupByChild.TryGetValue(child, out var group) ? group : -1;
                h = g >= 0 ? GroupHeaderRow[g] : HeaderRowByChild.TryGetValue(child, out var row) ? row : -1;
                previousChild = child;
            }
            headerRows[i] = h;
            groups[i] = g;
            // Valid dates have one spelling, so equal day numbers mean equal text; otherwise compare the text.
            ReviewDobMatchesHeader[i] = h >= 0 && (ReviewDob[i] >= 0 && HeaderDob[h] >= 0
                ? ReviewDob[i] == HeaderDob[h]
                : string.Equals(RDobText[i], HDobText[h], StringComparison.Ordinal));
        }
        return (headerRows, groups);
    }

    public CollectionYear Year { get; }
    public int YearStart { get; }
    public int YearEnd { get; }

    public TableView Header { get; }
    public string[] HChild { get; }
    public string[] HSex { get; }
    public string[] HDobText { get; }
    public string[] HEthnic { get; }
    public string[] HUpn { get; }
    public string[] HMother { get; }
    public int[] HeaderDob { get; }

    /// <summary>MC_DOB (the date of birth of a mother's first child) as a day number, or Blank/Invalid.</summary>
    public int[] HMcDob { get; }
    public Dictionary<string, int> HeaderRowByChild { get; }

    /// <summary>The children with more than one Header row (INT32), or null when there are none.</summary>
    public HashSet<string>? RepeatedHeaderChildren { get; }

    public TableView Episodes { get; }
    public string[] EChild { get; }
    public string[] ERne { get; }
    public string[] ELs { get; }
    public string[] ECin { get; }
    public string[] EPlace { get; }
    public string[] EProvider { get; }
    public string[] ERec { get; }
    public string[] ERpc { get; }
    public string[] EUrn { get; }
    public string[] EPlLa { get; }
    public string[] EPlPost { get; }
    public int[] Decom { get; }
    public int[] Dec { get; }

    /// <summary>The child group of each episode row.</summary>
    public int[] EpisodeGroup { get; }

    /// <summary>Group g's rows are <c>GroupRows[GroupStart[g]..GroupStart[g + 1]]</c>: every row of the child,
    /// those with a valid DECOM first in DECOM order (ties by row), then those without.</summary>
    public int[] GroupStart { get; }
    public int[] GroupRows { get; }
    public Dictionary<string, int> GroupByChild { get; }

    /// <summary>The child's episode before and after each row in DECOM order (-1 for none, and for rows whose
    /// DECOM is not a valid date: they have no place in the order).</summary>
    public int[] Previous { get; }
    public int[] Next { get; }

    public TableView Reviews { get; }
    public int RDobColumn { get; }
    public string[] RChild { get; }
    public string[] RDobText { get; }
    public string[] RReview { get; }
    public string[] RCode { get; }
    public int[] ReviewDate { get; }
    public int[] ReviewDob { get; }

    /// <summary>Whether the review row's DOB text is exactly its Header row's (INT17).</summary>
    public bool[] ReviewDobMatchesHeader { get; }

    public int GroupCount => GroupStart.Length - 1;

    public string EpisodeChild(int row) => EChild[row];

    /// <summary>The Header DOB of an episode's child as a day number, or a negative value when the child has no
    /// Header row or its DOB is not a valid date.</summary>
    public int EpisodeDob(int row)
    {
        var header = GroupHeaderRow[EpisodeGroup[row]];
        return header >= 0 ? HeaderDob[header] : Ssda903Dates.Blank;
    }

    public string GroupChild(int group) => EpisodeChild(GroupRows[GroupStart[group]]);

    /// <summary>The child's Header DOB as a day number, or a negative value when absent or not a valid date.</summary>
    public int HeaderDobOf(string child) =>
        HeaderRowByChild.TryGetValue(child, out var row) ? HeaderDob[row] : Ssda903Dates.Blank;

    private static (int[] Group, int[] Start, int[] Rows, Dictionary<string, int> ByChild) GroupEpisodes(string[] children, int[] decoms)
    {
        var n = children.Length;
        var byChild = new Dictionary<string, int>(Math.Max(16, n / 3), StringComparer.Ordinal);
        var group = new int[n];
        var counts = new List<int>();
        string? previousChild = null;
        var g = -1;
        for (var i = 0; i < n; i++)
        {
            // Extracts list a child's episodes together: skip the hash lookup while the child is unchanged.
            var child = children[i];
            var sameChild = string.Equals(child, previousChild, StringComparison.Ordinal);
            if (!sameChild)
            {
                if (!byChild.TryGetValue(child, out g))
                {
                    g = counts.Count;
                    byChild.Add(child, g);
                    counts.Add(0);
                }
                previousChild = child;
            }
            group[i] = g;
            counts[g]++;
        }

        var start = new int[counts.Count + 1];
        for (var k = 0; k < counts.Count; k++)
        {
            start[k + 1] = start[k] + counts[k];
        }
        // Sort key: valid DECOM ascending, then rows without a valid DECOM; ties keep row order.
        var keys = new long[n];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            var decom = decoms[i] >= 0 ? decoms[i] : int.MaxValue;
            keys[fill[group[i]]++] = ((long)decom << 32) | (uint)i;
        }
        for (var k = 0; k < counts.Count; k++)
        {
            SortSlice(keys, start[k], counts[k]);
        }
        var rows = new int[n];
        for (var k = 0; k < n; k++)
        {
            rows[k] = (int)(keys[k] & 0xFFFFFFFF);
        }
        return (group, start, rows, byChild);
    }

    private static void SortSlice(long[] keys, int start, int length)
    {
        if (length <= 1)
        {
            return;
        }
        if (length > 16)
        {
            Array.Sort(keys, start, length);
            return;
        }
        for (var i = start + 1; i < start + length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= start && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = key;
        }
    }

    private static (int[] Previous, int[] Next) Neighbours(int[] groupStart, int[] groupRows, int[] decoms)
    {
        var n = decoms.Length;
        var previous = new int[n];
        var next = new int[n];
        Array.Fill(previous, -1);
        Array.Fill(next, -1);
        for (var g = 0; g < groupStart.Length - 1; g++)
        {
            var last = -1;
            for (var k = groupStart[g]; k < groupStart[g + 1]; k++)
            {
                var row = groupRows[k];
                if (decoms[row] < 0)
                {
                    break;
                }
                if (last >= 0)
                {
                    previous[row] = last;
                    next[last] = row;
                }
                last = row;
            }
        }
        return (previous, next);
    }
}
