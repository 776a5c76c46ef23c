namespace Iro.Core.Ssda903;

/// <summary>The problems found in one file, up to a limit: a garbled million-line file must not produce a
/// million problems.</summary>
internal sealed class ProblemList(string file)
{
    public const int Limit = 1000;
    private readonly List<Ssda903InputProblem> _problems = [];
    private int _unlisted;

    public string File { get; } = file;

    public void Add(int line, string? column, string? value, string reason)
    {
        if (_problems.Count < Limit)
        {
            _problems.Add(new Ssda903InputProblem(File, line, column, value, reason));
        }
        else
        {
            _unlisted++;
        }
    }

    public IReadOnlyList<Ssda903InputProblem> ToList()
    {
        if (_unlisted > 0)
        {
            return [.. _problems, new Ssda903InputProblem(File, 0, null, null, $"{_unlisted} further problems in this file are not listed")];
        }
        return _problems;
    }
}
