using System.Diagnostics;

namespace Iro.Web.Tests.Cli;

/// <summary>Runs the built <c>iro</c> program as a person would, capturing standard output and error apart.</summary>
internal static class IroCli
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Task<Result> RunAsync(CancellationToken ct, params string[] args) =>
        RunWithEnvironmentAsync(new Dictionary<string, string>(), ct, args);

    public static async Task<Result> RunWithEnvironmentAsync(IDictionary<string, string> environment, CancellationToken ct, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(CliDll());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new Result(process.ExitCode, await output, await error);
    }

    public static string CliDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "artifacts", "bin", "Iro.Cli")))
        {
            dir = dir.Parent;
        }
        var dll = dir is null ? null : Path.Combine(dir.FullName, "artifacts", "bin", "Iro.Cli", "debug", "Iro.Cli.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new InvalidOperationException("The CLI is not built: run ./test.sh (it builds Iro.slnx first).");
    }
}
