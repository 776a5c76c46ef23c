using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Iro.Core.Ssda903;

namespace Iro.Bench;

/// <summary>Reading a national-scale Episodes table (300,000 rows) against the floor of reading the same file
/// line by line and splitting each line on commas (the target is within 3× of the floor), and reading the
/// whole national extract's folder.</summary>
[MemoryDiagnoser]
public class Ssda903ReadBenchmarks
{
    private const int Rows = 300_000;
    private static readonly string[] Places = ["U1", "U4", "U6", "K2", "P1", "R1", "S1", "T0", "Z11", "A5"];
    private static readonly string[] Legal = ["C1", "C2", "E1", "V2", "V3", "J1"];
    private string _folder = "";
    private string _file = "";

    [GlobalSetup]
    public void WriteFile()
    {
        _folder = Path.Combine(Path.GetTempPath(), "iro-bench-903-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _file = Path.Combine(_folder, "episodes.csv");
        var random = new Random(903);
        var start = new DateOnly(2020, 1, 1);
        using var writer = new StreamWriter(_file, false, new UTF8Encoding(false));
        writer.Write("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
        for (var i = 0; i < Rows; i++)
        {
            var decom = start.AddDays(random.Next(2000));
            var open = random.Next(4) == 0;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{100000 + i / 4},{decom:dd/MM/yyyy},{"SPLTB"[random.Next(5)]},{Legal[random.Next(Legal.Length)]},N{random.Next(1, 9)},{Places[random.Next(Places.Length)]},PR{random.Next(6)},{(open ? "" : decom.AddDays(random.Next(1, 400)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))},{(open ? "" : "E4A")},{(open ? "" : "CARPL")},AB{random.Next(1, 99)} {random.Next(1, 9)}CD,EF{random.Next(1, 99)} {random.Next(1, 9)}GH,SC{random.Next(100000, 999999)}\n"));
        }
        WriteHeaderAndReviews(random);
    }

    /// <summary>The rest of a national extract beside the episodes: 85,000 Header rows and 250,000 Reviews.</summary>
    private void WriteHeaderAndReviews(Random random)
    {
        using var header = new StreamWriter(Path.Combine(_folder, "header.csv"), false, new UTF8Encoding(false));
        header.Write("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        for (var i = 0; i < 85_000; i++)
        {
            header.Write(string.Create(CultureInfo.InvariantCulture,
                $"{100000 + i},{"MF"[random.Next(2)]},{new DateOnly(2008, 1, 1).AddDays(random.Next(6500)):dd/MM/yyyy},WBRI,A{random.NextInt64(100_000_000_000, 999_999_999_999)},,\n"));
        }
        using var reviews = new StreamWriter(Path.Combine(_folder, "reviews.csv"), false, new UTF8Encoding(false));
        reviews.Write("CHILD,DOB,REVIEW,REVIEW_CODE\n");
        for (var i = 0; i < 250_000; i++)
        {
            reviews.Write(string.Create(CultureInfo.InvariantCulture,
                $"{100000 + i / 3},{new DateOnly(2008, 1, 1).AddDays(random.Next(6500)):dd/MM/yyyy},{new DateOnly(2025, 4, 1).AddDays(random.Next(365)):dd/MM/yyyy},PN{random.Next(8)}\n"));
        }
    }

    [GlobalCleanup]
    public void DeleteFile() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Read() => Ssda903Reader.Read(_file, new CollectionYear(2025)).Return[Ssda903Table.Episodes]!.Rows.Count;

    /// <summary>Header, Episodes and Reviews of a national extract (85,000 children), read from their folder.</summary>
    [Benchmark]
    public int ReadNationalFolder() => Ssda903Reader.Read(_folder, new CollectionYear(2025)).Return.Tables.Count;

    [Benchmark(Baseline = true)]
    public int FloorReadLinesAndSplit()
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadLines(_file))
        {
            rows.Add(line.Split(','));
        }
        return rows.Count;
    }
}
