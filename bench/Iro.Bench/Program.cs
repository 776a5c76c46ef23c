using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Iro.Bench.ScheduleBenchmarks).Assembly).Run(args);
