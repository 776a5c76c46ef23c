using System.Text;
using Iro.Core.Ssda903;
using static Iro.Core.Tests.Ssda903.Reading.CsvInput;

namespace Iro.Core.Tests.Ssda903.Reading;

public class Ssda903ReadingFuzzTests
{
    private static readonly CollectionYear Year = new(2025);

    private static readonly (string Name, byte[] Bytes)[] Files =
    [
        ("header.csv", Encoding.UTF8.GetBytes(HeaderCsv)),
        ("episodes.csv", Encoding.UTF8.GetBytes(EpisodesCsv)),
        ("reviews.csv", Encoding.UTF8.GetBytes(ReviewsCsv)),
        ("return.xml", Encoding.UTF8.GetBytes(Xml)),
    ];

    private static readonly byte[] Inserts = [(byte)'"', (byte)',', (byte)'\n', (byte)'\r', 0, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF, (byte)'<', (byte)'>', (byte)'&'];

    [Fact]
    public void Read_TwoThousandRandomMutations_NeverThrows()
    {
        var random = new Random(903);
        for (var i = 0; i < 2000; i++)
        {
            var (name, original) = Files[random.Next(Files.Length)];
            var bytes = Mutate(original, random);
            using var stream = new MemoryStream(bytes);

            var problems = name.EndsWith(".xml", StringComparison.Ordinal)
                ? Ssda903Reader.ReadXml(stream, name, Year).Problems
                : ReadCsv(stream, name);

            Assert.All(problems, p => Assert.True(p.File == name && p.Line >= 0, $"mutation {i}: {p}"));
        }
    }

    [Fact]
    public void Read_FoldersOfMutatedFiles_NeverThrows()
    {
        var random = new Random(1903);
        using var folder = new TempFolder();
        for (var i = 0; i < 50; i++)
        {
            foreach (var (name, original) in Files)
            {
                File.WriteAllBytes(Path.Combine(folder.Path, name), Mutate(original, random));
            }

            var result = Ssda903Reader.Read(folder.Path, Year);

            Assert.All(result.Problems, p => Assert.Contains(p.File, Files.Select(f => f.Name)));
            Assert.All(result.Return.Tables.Values, t => Assert.Equal(t.Rows.Count, t.Lines.Count));
        }
    }

    private static IReadOnlyList<Ssda903InputProblem> ReadCsv(Stream stream, string name)
    {
        var table = Ssda903Reader.ReadCsv(stream, name, out var problems);
        if (table is not null)
        {
            Assert.All(table.Rows, row => Assert.Equal(table.Columns.Count, row.Length));
        }
        return problems;
    }

    /// <summary>1 to 8 byte flips, deletions, insertions of CSV and XML syntax, NULs and BOM bytes, or a truncation.</summary>
    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        var count = random.Next(1, 9);
        for (var m = 0; m < count && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 6), bytes.Count - at));
                    break;
                case 2:
                    bytes.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }
        return [.. bytes];
    }
}
