using BenchmarkDotNet.Running;

// `Iro.Bench floor FOLDER`: the whole-process floor for reading a 903 extract, the time to read and split
// every line of every CSV file, to compare `iro validate ssda903` against (bench/ssda903.sh).
if (args is ["floor", var folder])
{
    long fields = 0;
    foreach (var file in Directory.GetFiles(folder, "*.csv"))
    {
        foreach (var line in File.ReadLines(file))
        {
            fields += line.Split(',').Length;
        }
    }
    Console.WriteLine(fields);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Iro.Bench.ScheduleBenchmarks).Assembly).Run(args);
