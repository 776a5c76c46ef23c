namespace Iro.Core.Ssda903;

/// <summary>One table as read: every value kept as the text it was (validation must see what was sent),
/// each row remembering the line of the file it came from.</summary>
public sealed class Ssda903TableData
{
    private readonly Dictionary<string, int> _index;

    public Ssda903TableData(Ssda903Table table, string sourceFile, IReadOnlyList<string> columns)
    {
        Table = table;
        SourceFile = sourceFile;
        Columns = columns;
        _index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
    }

    public Ssda903Table Table { get; }
    public string SourceFile { get; }
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Rows of values, in <see cref="Columns"/> order; a blank value is "".</summary>
    public List<string[]> Rows { get; } = [];

    /// <summary>The 1-based line in <see cref="SourceFile"/> of each row (the header is line 1).</summary>
    public List<int> Lines { get; } = [];

    public int ColumnIndex(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new ArgumentException($"{Table} has no column {column}.", nameof(column));

    public bool HasColumn(string column) => _index.ContainsKey(column);

    public string Value(int row, string column) => Rows[row][ColumnIndex(column)];

    public void Add(string[] values, int line)
    {
        Rows.Add(values);
        Lines.Add(line);
    }
}

/// <summary>An SSDA903 return for one collection year: the tables present, keyed by kind.</summary>
public sealed class Ssda903Return(CollectionYear year)
{
    public CollectionYear Year { get; } = year;
    public Dictionary<Ssda903Table, Ssda903TableData> Tables { get; } = [];

    public Ssda903TableData? this[Ssda903Table table] => Tables.GetValueOrDefault(table);
}

/// <summary>Something wrong with the input itself (it could not be read as a 903 table): where, and why.</summary>
public sealed record Ssda903InputProblem(string File, int Line, string? Column, string? Value, string Reason)
{
    public override string ToString() =>
        $"{File}:{Line}: {(Column is null ? "" : $"{Column} ")}{(Value is null ? "" : $"'{Value}' ")}{Reason}";
}

/// <summary>A validation rule failed for a row: the DfE rule code, the child, the table and the 1-based data row.</summary>
public sealed record ValidationFailure(string Rule, string Child, Ssda903Table Table, int Row, string Message);
