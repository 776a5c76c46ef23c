using System.Text;

namespace Iro.Core.Ssda903;

/// <summary>Which 903 table a file holds: by its column headers, as the DfE validator decides, with the file
/// name to settle a tie.</summary>
internal static class Ssda903TableRecognition
{
    private static readonly Ssda903Table[] AllTables = Enum.GetValues<Ssda903Table>();

    /// <summary>Columns that several tables share, so they say nothing about which table a file is.</summary>
    private static readonly HashSet<string> SharedColumns = new(["CHILD", "DOB", "SEX"], StringComparer.Ordinal);

    private static readonly Dictionary<string, Ssda903Table> Names = new(StringComparer.Ordinal)
    {
        ["header"] = Ssda903Table.Header,
        ["headers"] = Ssda903Table.Header,
        ["episodes"] = Ssda903Table.Episodes,
        ["episode"] = Ssda903Table.Episodes,
        ["reviews"] = Ssda903Table.Reviews,
        ["review"] = Ssda903Table.Reviews,
        ["uasc"] = Ssda903Table.Uasc,
        ["missing"] = Ssda903Table.Missing,
        ["oc2"] = Ssda903Table.Oc2,
        ["oc3"] = Ssda903Table.Oc3,
        ["ad1"] = Ssda903Table.Ad1,
        ["placedforadoption"] = Ssda903Table.PlacedForAdoption,
        ["placedadoption"] = Ssda903Table.PlacedForAdoption,
        ["previouspermanence"] = Ssda903Table.PreviousPermanence,
        ["prevperm"] = Ssda903Table.PreviousPermanence,
        ["swepisodes"] = Ssda903Table.SwEpisodes,
        ["swepisode"] = Ssda903Table.SwEpisodes,
        ["socialworkerepisodes"] = Ssda903Table.SwEpisodes,
        ["dolo"] = Ssda903Table.DoLo,
        ["dolos"] = Ssda903Table.DoLo,
        ["deprivationofliberty"] = Ssda903Table.DoLo,
        ["deprivationoflibertyorders"] = Ssda903Table.DoLo,
    };

    /// <summary>"child", " Child ", "place provider" → CHILD, CHILD, PLACE_PROVIDER.</summary>
    public static string NormaliseColumn(ReadOnlySpan<char> name)
    {
        name = name.Trim().Trim('\uFEFF').Trim();
        var sb = new StringBuilder(name.Length);
        var gap = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                gap = true;
                continue;
            }
            if (gap && sb.Length > 0)
            {
                sb.Append('_');
            }
            gap = false;
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The table a file name suggests: "Header.csv", "episodes_2025.csv", "903 Reviews.csv",
    /// "placed-for-adoption.csv"; null if none.</summary>
    public static Ssda903Table? ByFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var words = stem.Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        foreach (var word in words)
        {
            if (!word.All(char.IsAsciiDigit))
            {
                sb.Append(word.ToLowerInvariant());
            }
        }
        var key = sb.ToString();
        if (Names.TryGetValue(key, out var table))
        {
            return table;
        }
        // "ssda903header", "lac903episodes": a known name at the end after a prefix.
        foreach (var (name, t) in Names)
        {
            if (name.Length >= 3 && key.EndsWith(name, StringComparison.Ordinal) && !key.EndsWith("sw" + name, StringComparison.Ordinal))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>The table whose own columns the header shows most of; ties go to the fewest missing columns,
    /// then to the table the file name suggests. Null if no table's distinctive column is present.</summary>
    public static Ssda903Table? ByColumns(IReadOnlyCollection<string> columns, Ssda903Table? byName)
    {
        Ssda903Table? best = null;
        int bestDistinctive = 0, bestMissing = int.MaxValue;
        foreach (var table in AllTables)
        {
            int distinctive = 0, missing = 0;
            foreach (var column in Ssda903Layout.Columns(table))
            {
                if (!columns.Contains(column))
                {
                    missing++;
                }
                else if (!SharedColumns.Contains(column))
                {
                    distinctive++;
                }
            }
            if (distinctive == 0)
            {
                continue;
            }
            var better = distinctive > bestDistinctive
                || (distinctive == bestDistinctive && missing < bestMissing)
                || (distinctive == bestDistinctive && missing == bestMissing && table == byName);
            if (better)
            {
                best = table;
                bestDistinctive = distinctive;
                bestMissing = missing;
            }
        }
        return best;
    }
}
