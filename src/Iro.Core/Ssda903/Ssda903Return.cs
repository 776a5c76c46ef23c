using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Iro.Core.Ssda903;

/// <summary>One table as read: every value kept as the text it was (validation must see what was sent),
/// each row remembering the line of the file it came from.</summary>
/// <remarks>Stored a column at a time: the validator reads whole columns (a national Episodes table is ~300,000
/// rows), and rows of their own were one more array per row for it to copy out of again.</remarks>
public sealed class Ssda903TableData
{
    private readonly Dictionary<string, int> _index;
    private readonly string[][] _columns;
    private int[] _lines;

    public Ssda903TableData(Ssda903Table table, string sourceFile, IReadOnlyList<string> columns, int capacity = 4)
    {
        Table = table;
        SourceFile = sourceFile;
        Columns = columns;
        _index = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        capacity = Math.Max(capacity, 1);
        _columns = [.. columns.Select(_ => new string[capacity])];
        _lines = new int[capacity];
        Rows = new RowList(this);
    }

    public Ssda903Table Table { get; }
    public string SourceFile { get; }
    public IReadOnlyList<string> Columns { get; }
    public int Count { get; private set; }

    /// <summary>Rows of values, in <see cref="Columns"/> order; a blank value is "". Each row read is a copy:
    /// change a value with <see cref="Set"/>.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>The 1-based line in <see cref="SourceFile"/> of each row (the header is line 1).</summary>
    public IReadOnlyList<int> Lines => new ArraySegment<int>(_lines, 0, Count);

    /// <summary>The 1-based line in <see cref="SourceFile"/> of <paramref name="row"/>.</summary>
    public int Line(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
        return _lines[row];
    }

    public int ColumnIndex(string column) =>
        _index.TryGetValue(column, out var i) ? i : throw new ArgumentException($"{Table} has no column {column}.", nameof(column));

    public bool HasColumn(string column) => _index.ContainsKey(column);

    public string Value(int row, string column) => this[row, ColumnIndex(column)];

    public string this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
            return _columns[column][row];
        }
    }

    public void Set(int row, int column, string value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
        _columns[column][row] = value;
    }

    public string[] Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)row, (uint)Count, nameof(row));
        var values = new string[_columns.Length];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = _columns[c][row];
        }
        return values;
    }

    /// <summary>Every value of one column, one per row. The array is the table's own: read it, don't change it.
    /// It is exactly <see cref="Count"/> long, so a table read with the right capacity hands it over uncopied.</summary>
    public string[] Column(int column)
    {
        if (_columns[column].Length != Count)
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                Array.Resize(ref _columns[c], Count);
            }
            Array.Resize(ref _lines, Count);
        }
        return _columns[column];
    }

    /// <param name="values">One value per column, in <see cref="Columns"/> order; null reads as "".</param>
    /// <remarks>Compiled fully optimised at once, like the reader's per-row methods: reading a national file calls
    /// it 300,000 times in well under a second, before tiered compilation would get round to it, and the CLI's
    /// ahead-of-time code for these methods measured slower than the JIT's (docs/benchmarks.md).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<string?> values, int line)
    {
        if (Count == _lines.Length)
        {
            var capacity = Math.Max(Count * 2, 4);
            for (var c = 0; c < _columns.Length; c++)
            {
                Array.Resize(ref _columns[c], capacity);
            }
            Array.Resize(ref _lines, capacity);
        }
        for (var c = 0; c < _columns.Length; c++)
        {
            // A plain store: the array is a string[] and the value a string, so the covariance check an array
            // store makes is needless, and at this rate it showed in profiles.
            var column = _columns[c];
            if ((uint)Count >= (uint)column.Length)
            {
                throw new InvalidOperationException("A column is shorter than the table.");
            }
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(column), Count) = c < values.Length ? values[c] ?? "" : "";
        }
        _lines[Count] = line;
        Count++;
    }

    private sealed class RowList(Ssda903TableData table) : IReadOnlyList<string[]>
    {
        public string[] this[int index] => table.Row(index);
        public int Count => table.Count;

        public IEnumerator<string[]> GetEnumerator()
        {
            for (var i = 0; i < table.Count; i++)
            {
                yield return table.Row(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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
