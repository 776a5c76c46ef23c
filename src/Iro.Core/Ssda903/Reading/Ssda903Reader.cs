namespace Iro.Core.Ssda903;

/// <summary>A return as read, and what is wrong with the input. No problems means the return is usable.</summary>
public sealed record Ssda903ReadResult(Ssda903Return Return, IReadOnlyList<Ssda903InputProblem> Problems);

/// <summary>Reads an SSDA903 return from a folder of CSV tables, a single CSV table, or the XML form. Every value
/// is kept as the text sent (trimmed), so validation sees what the council sent. Bad input never throws: it comes
/// back as problems naming the file, the 1-based line (0 for the file as a whole), the column and the reason.</summary>
public static class Ssda903Reader
{
    public static Ssda903ReadResult Read(string path, CollectionYear year)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        try
        {
            if (Directory.Exists(path))
            {
                return ReadFolder(path, year);
            }
            if (!File.Exists(path))
            {
                return Failed(year, name, "no such file or folder");
            }
            if (Path.GetExtension(path).Equals(".xml", StringComparison.OrdinalIgnoreCase))
            {
                using var xml = OpenRead(path);
                return ReadXml(xml, name, year);
            }
            var data = new Ssda903Return(year);
            var problems = new List<Ssda903InputProblem>();
            ReadCsvInto(data, path, problems);
            return new Ssda903ReadResult(data, problems);
        }
        catch (IOException e)
        {
            return Failed(year, name, $"could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return Failed(year, name, $"could not be read: {e.Message}");
        }
    }

    /// <summary>One CSV table, identified by its header row; the file name settles a tie, or names the table
    /// when the header holds only columns that several tables share. Its columns are always the table's DfE
    /// columns in the DfE order (a missing one is a problem and reads as ""). Null if the file is not a 903
    /// table at all.</summary>
    public static Ssda903TableData? ReadCsv(Stream stream, string fileName, out IReadOnlyList<Ssda903InputProblem> problems) =>
        CsvTableReader.Read(stream, fileName, out problems);

    public static Ssda903ReadResult ReadXml(Stream stream, string fileName, CollectionYear year) =>
        XmlReturnReader.Read(stream, fileName, year);

    private static Ssda903ReadResult ReadFolder(string folder, CollectionYear year)
    {
        var data = new Ssda903Return(year);
        var problems = new List<Ssda903InputProblem>();
        var files = Directory.GetFiles(folder);
        Array.Sort(files, StringComparer.Ordinal);
        var csvs = files.Where(f => Path.GetExtension(f).Equals(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
        if (csvs.Count == 0)
        {
            var xmls = files.Where(f => Path.GetExtension(f).Equals(".xml", StringComparison.OrdinalIgnoreCase)).ToList();
            if (xmls.Count == 1)
            {
                using var xml = OpenRead(xmls[0]);
                return ReadXml(xml, Path.GetFileName(xmls[0]), year);
            }
            problems.Add(new Ssda903InputProblem(Path.GetFileName(folder), 0, null, null, "the folder holds no CSV files (or more than one XML file)"));
            return new Ssda903ReadResult(data, problems);
        }
        // Files are independent: read them side by side, then combine in name order so the result is the same
        // whatever finishes first.
        var read = new (Ssda903TableData? Table, List<Ssda903InputProblem> Problems)[csvs.Count];
        Parallel.For(0, csvs.Count, i => read[i] = ReadCsvFile(csvs[i]));
        foreach (var (table, found) in read)
        {
            problems.AddRange(found);
            Keep(data, table, problems);
        }
        return new Ssda903ReadResult(data, problems);
    }

    private static void ReadCsvInto(Ssda903Return data, string path, List<Ssda903InputProblem> problems)
    {
        var (table, found) = ReadCsvFile(path);
        problems.AddRange(found);
        Keep(data, table, problems);
    }

    private static (Ssda903TableData? Table, List<Ssda903InputProblem> Problems) ReadCsvFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var stream = OpenRead(path);
            var table = ReadCsv(stream, name, out var found);
            return (table, [.. found]);
        }
        catch (IOException e)
        {
            return (null, [new Ssda903InputProblem(name, 0, null, null, $"could not be read: {e.Message}")]);
        }
        catch (UnauthorizedAccessException e)
        {
            return (null, [new Ssda903InputProblem(name, 0, null, null, $"could not be read: {e.Message}")]);
        }
    }

    private static void Keep(Ssda903Return data, Ssda903TableData? table, List<Ssda903InputProblem> problems)
    {
        if (table is null)
        {
            return;
        }
        if (data.Tables.TryGetValue(table.Table, out var first))
        {
            problems.Add(new Ssda903InputProblem(table.SourceFile, 0, null, null, $"a second file for the {table.Table} table (the first is {first.SourceFile}); not read"));
            return;
        }
        data.Tables[table.Table] = table;
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    private static Ssda903ReadResult Failed(CollectionYear year, string file, string reason) =>
        new(new Ssda903Return(year), [new Ssda903InputProblem(file, 0, null, null, reason)]);
}
