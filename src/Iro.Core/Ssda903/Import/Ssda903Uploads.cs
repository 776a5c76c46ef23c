namespace Iro.Core.Ssda903;

/// <summary>Files a person uploaded in the web app, read as one return: CSV tables (recognised by name or
/// columns) or one XML file.</summary>
public static class Ssda903Uploads
{
    public static Ssda903ReadResult Read(IReadOnlyList<(string FileName, Stream Content)> files, CollectionYear year)
    {
        var data = new Ssda903Return(year);
        var problems = new List<Ssda903InputProblem>();
        foreach (var (fileName, content) in files)
        {
            if (fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                var xml = Ssda903Reader.ReadXml(content, fileName, year);
                problems.AddRange(xml.Problems);
                foreach (var (table, rows) in xml.Return.Tables)
                {
                    data.Tables[table] = rows;
                }
                continue;
            }
            var read = Ssda903Reader.ReadCsv(content, fileName, out var csvProblems);
            problems.AddRange(csvProblems);
            if (read is null)
            {
                continue;
            }
            if (!data.Tables.TryAdd(read.Table, read))
            {
                problems.Add(new Ssda903InputProblem(fileName, 1, null, null, $"a second {read.Table} table; upload one file per table"));
            }
        }
        if (files.Count == 0)
        {
            problems.Add(new Ssda903InputProblem("(upload)", 0, null, null, "no files were uploaded"));
        }
        return new Ssda903ReadResult(data, problems);
    }
}
