using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using SQLitePCL;

namespace Iro.Core.Data;

/// <summary>Inserts many new rows without change tracking, for imports at national scale. Table, columns and
/// each column's type mapping come from the EF model, so ids, enums and dates are stored exactly as EF Core
/// would store them on either provider. Each row is stamped as a save stamps it (<see cref="IroDbContext.Stamp"/>:
/// the council check and a new version). Runs inside the caller's transaction.</summary>
/// <remarks>Preparing rows (stamping them and, on PostgreSQL, encoding them for COPY) is separate from inserting
/// them, and needs no connection, so <see cref="InsertInTurnAsync"/> prepares the next step's rows on a worker
/// thread while the connection inserts this step's: the database and the import's own work overlap.</remarks>
public static class BulkInsert
{
    public static async Task InsertAsync<T>(IroDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class =>
        await InsertAsync(db, Prepare(db, rows), ct);

    /// <summary>Stamps the rows and, on PostgreSQL, encodes them in COPY's binary form. Safe to call on a worker
    /// thread while the context's connection is in use: it reads only the model and the context's council scope.</summary>
    public static PreparedRows Prepare<T>(IroDbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            db.Stamp(row);
        }
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .Where(c => c.Name is not null)
            .ToArray();
        var sql = db.GetService<ISqlGenerationHelper>();
        var payload = rows.Count > 0 && db.Database.IsNpgsql() && columns.All(c => PostgresBinaryCopy.CanEncode(c.Mapping.StoreTypeNameBase, c.ProviderType))
            ? PostgresBinaryCopy.Encode(columns.Length, rows, (row, c) => columns[c].ProviderValue(row))
            : (ReadOnlyMemory<byte>?)null;
        // Encoded rows are not kept: a batch's entities can be collected before it is inserted.
        return new PreparedRows(sql.DelimitIdentifier(table.Name, table.Schema),
            string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))), columns, rows.Count, payload is null ? [.. rows] : [], payload);
    }

    public static async Task InsertAsync(IroDbContext db, PreparedRows prepared, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(prepared);
        if (prepared.Count == 0)
        {
            return;
        }
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");
        switch (transaction.Connection)
        {
            case NpgsqlConnection npgsql:
                RowLevelSecurity.EnsureSession(db, npgsql, transaction);
                await CopyAsync(npgsql, (NpgsqlTransaction)transaction, prepared, ct);
                break;
            case SqliteConnection sqlite:
                InsertOneByOne(sqlite, transaction, prepared.TableName, prepared.ColumnList, prepared.Columns, prepared.Rows);
                break;
            default:
                throw new InvalidOperationException($"Bulk insert does not support {transaction.Connection?.GetType().Name}.");
        }
    }

    /// <summary>Runs the steps in order, each giving the tables to insert in order. While one step's rows are being
    /// inserted, the next step is run on a worker thread, so that its work (applying an extract, encoding rows)
    /// overlaps with the database's.</summary>
    public static async Task InsertInTurnAsync(IroDbContext db, IEnumerable<Func<IReadOnlyList<PreparedRows>>> steps, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(steps);
        using var pending = steps.GetEnumerator();
        var next = pending.MoveNext() ? Task.Run(pending.Current, ct) : null;
        try
        {
            while (next is not null)
            {
                var ready = await next;
                next = pending.MoveNext() ? Task.Run(pending.Current, ct) : null;
                foreach (var rows in ready)
                {
                    await InsertAsync(db, rows, ct);
                }
            }
        }
        finally
        {
            if (next is not null)
            {
                // An insert failed: let the step already running finish before the transaction is rolled back.
                await next.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
    }

    /// <summary>PostgreSQL's advice for loading much data into tables (manual, "Populating a Database"): drop their
    /// foreign keys and indexes, load, then make them again. Each foreign key is then checked by one join and each
    /// index built by one sort, instead of a lookup, a row lock and an index write for every row inserted:
    /// measured on a national first import (85,000 children), about 5 s of the server's 13 s. Everything
    /// happens inside the import's transaction, so no one sees the tables without them; <see
    /// cref="ChecksSetAside.RestoreAsync"/> validates every row before the commit, and a rollback puts them back
    /// as they were. Primary keys, and indexes that back a constraint, stay.</summary>
    /// <remarks>Only on PostgreSQL, and only while the tables are empty and belong to the one council in the
    /// database (a new deployment's first import), for two reasons. Dropping a constraint locks the table against
    /// every reader until the commit, which in a database other councils use would stop their work for the length
    /// of the import. And making a constraint again costs as much as the rows already in the table. It also needs
    /// the role Iro connects as to own the tables, which is how <see cref="RowLevelSecurity"/> expects Iro to be
    /// deployed; otherwise the import takes the ordinary path.</remarks>
    public static async Task<ChecksSetAside> SetAsideChecksWhileEmptyAsync(IroDbContext db, IReadOnlyList<Type> entities,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entities);
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction?.GetDbTransaction() is not NpgsqlTransaction transaction
            || await db.Councils.CountAsync(ct) != 1 || await db.Children.AnyAsync(ct))
        {
            return ChecksSetAside.None;
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = entities
            .Select(t => db.Model.FindEntityType(t) ?? throw new InvalidOperationException($"{t.Name} is not part of the model."))
            .Select(e => sql.DelimitIdentifier(e.GetTableName()!, e.GetSchema()))
            .ToArray();
        var connection = transaction.Connection!;
        // The statements come from the catalogue's own definitions of the constraints and indexes, so that what is
        // made again is exactly what the migrations made.
        const string Definitions = """
            SELECT bool_and(pg_has_role(relowner, 'MEMBER')) FROM pg_class WHERE oid = ANY(@tables::text[]::regclass[]);
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
            FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(@tables::text[]::regclass[])
            ORDER BY conrelid, conname;
            SELECT format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
            FROM pg_index i WHERE i.indrelid = ANY(@tables::text[]::regclass[]) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY i.indrelid, i.indexrelid;
            """;
        var drop = new List<string>();
        var foreignKeys = new List<string>();
        var indexes = new List<string>();
        await using (var command = new NpgsqlCommand(Definitions, connection, transaction))
        {
            command.Parameters.AddWithValue("tables", tables);
            await using var reader = await command.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct) || reader.IsDBNull(0) || !reader.GetBoolean(0))
            {
                return ChecksSetAside.None;
            }
            foreach (var made in new[] { foreignKeys, indexes })
            {
                await reader.NextResultAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    drop.Add(reader.GetString(0));
                    made.Add(reader.GetString(1));
                }
            }
        }
        foreach (var statement in drop)
        {
            await Execute(connection, transaction, statement, ct);
        }
        // Indexes first, so that each key's check can use them.
        return new ChecksSetAside(transaction, [.. indexes, .. foreignKeys]);
    }

    /// <summary>Foreign keys and indexes set aside by <see cref="SetAsideChecksWhileEmptyAsync"/>.</summary>
    public sealed class ChecksSetAside
    {
        internal static readonly ChecksSetAside None = new(null, []);

        private readonly NpgsqlTransaction? _transaction;
        private readonly IReadOnlyList<string> _restore;

        internal ChecksSetAside(NpgsqlTransaction? transaction, IReadOnlyList<string> restore) =>
            (_transaction, _restore) = (transaction, restore);

        /// <summary>Whether anything was set aside.</summary>
        public bool Any => _restore.Count > 0;

        /// <summary>Makes the indexes and foreign keys again, checking every row: call it after the last insert and
        /// before the commit. A row that breaks a key fails the import here, and the rollback undoes everything.</summary>
        public async Task RestoreAsync(CancellationToken ct)
        {
            foreach (var statement in _restore)
            {
                await Execute(_transaction!.Connection!, _transaction, statement, ct);
            }
        }
    }

    /// <summary>On SQLite, a page cache large enough for a national import's indexes while the returned scope is
    /// open (128 MB instead of the default 2 MB; measured: a third off the insert time at 85,000 children), then
    /// back to the default so that pooled connections do not keep it. Nothing to do on PostgreSQL.</summary>
    public static async Task<IAsyncDisposable> LargeCacheAsync(IroDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return NoScope.Instance;
        }
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -131072", ct);
        return new CacheScope(db);
    }

    private sealed class CacheScope(IroDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000");
    }

    private sealed class NoScope : IAsyncDisposable
    {
        public static readonly NoScope Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>PostgreSQL's binary COPY: no SQL to parse and no parameters, the fastest way in. COPY cannot
    /// write to a table under row-level security (<see cref="RowLevelSecurity"/>), so the rows go into a
    /// temporary table first and from there into the real one with one INSERT … SELECT, which the council
    /// policy checks row by row. (One INSERT … SELECT FROM unnest of typed arrays per 20,000 rows, with no
    /// temporary table, was tried and measured slower: 5.3–5.8 s against 4.6–4.8 s for the episodes.) Rows that
    /// <see cref="Prepare"/> encoded go in as they are; otherwise Npgsql encodes them here.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PreparedRows prepared,
        CancellationToken ct)
    {
        var (tableName, columnList) = (prepared.TableName, prepared.ColumnList);
        await Execute(connection, transaction, $"CREATE TEMPORARY TABLE iro_bulk (LIKE {tableName}) ON COMMIT DROP", ct);
        var copy = $"COPY iro_bulk ({columnList}) FROM STDIN (FORMAT BINARY)";
        if (prepared.CopyPayload is { } payload)
        {
            await using var stream = await connection.BeginRawBinaryCopyAsync(copy, ct);
            await stream.WriteAsync(payload, ct);
        }
        else
        {
            await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
            foreach (var row in prepared.Rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var column in prepared.Columns)
                {
                    var value = column.ProviderValue(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.Mapping.StoreTypeNameBase, ct);
                    }
                }
            }
            await importer.CompleteAsync(ct);
        }
        await Execute(connection, transaction, $"INSERT INTO {tableName} ({columnList}) SELECT {columnList} FROM iro_bulk", ct);
        await Execute(connection, transaction, "DROP TABLE iro_bulk", ct);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One prepared single-row statement, stepped once per row with its values bound by position:
    /// SQLite's fast path. Bound through SQLitePCL directly because Microsoft.Data.Sqlite looks every parameter
    /// up by name on every execution, which cost a third of a national import's insert time. Values are written
    /// in the forms EF Core's SQLite provider stores (Guid as upper-case text, DateOnly as yyyy-MM-dd); a table
    /// with any other kind of column goes through Microsoft.Data.Sqlite instead.</summary>
    private static void InsertOneByOne(SqliteConnection connection, DbTransaction transaction, string tableName,
        string columnList, Column[] columns, IReadOnlyList<object> rows)
    {
        var placeholders = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var sql = $"INSERT INTO {tableName} ({columnList}) VALUES ({placeholders})";
        if (!columns.All(c => SqliteBindable.Contains(c.ProviderType)))
        {
            InsertThroughAdoNet(connection, transaction, sql, columns, rows);
            return;
        }
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            foreach (var row in rows)
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    Check(db, Bind(statement, i + 1, columns[i].ProviderValue(row)));
                }
                var result = raw.sqlite3_step(statement);
                if (result != raw.SQLITE_DONE)
                {
                    Check(db, result);
                }
                Check(db, raw.sqlite3_reset(statement));
            }
        }
    }

    private static readonly HashSet<Type> SqliteBindable = [typeof(string), typeof(Guid), typeof(DateOnly), typeof(int), typeof(long), typeof(bool)];

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        Guid guid => raw.sqlite3_bind_text(statement, index, guid.ToString().ToUpperInvariant()),
        DateOnly date => raw.sqlite3_bind_text(statement, index, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        int number => raw.sqlite3_bind_int(statement, index, number),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int(statement, index, flag ? 1 : 0),
        _ => throw new InvalidOperationException($"Bulk insert cannot bind a {value.GetType().Name} to SQLite."),
    };

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }

    private static void InsertThroughAdoNet(SqliteConnection connection, DbTransaction transaction, string sql,
        Column[] columns, IReadOnlyList<object> rows)
    {
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        var first = rows[0];
        var parameters = columns
            .Select((c, i) => c.Mapping.CreateParameter(command, $"@p{i}", c.Property.GetGetter().GetClrValue(first), c.Property.IsNullable))
            .ToArray();
        command.Parameters.AddRange(parameters);
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i].Value = columns[i].ProviderValue(row) ?? DBNull.Value;
            }
            command.ExecuteNonQuery();
        }
    }

    internal sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        private readonly IClrPropertyGetter _getter = Property.GetGetter();

        public Type ProviderType { get; } = Nullable.GetUnderlyingType(Mapping.Converter?.ProviderClrType ?? Mapping.ClrType)
            ?? Mapping.Converter?.ProviderClrType ?? Mapping.ClrType;

        public object? ProviderValue(object row)
        {
            var value = _getter.GetClrValue(row);
            return value is null || Mapping.Converter is not { } converter ? value : converter.ConvertToProvider(value);
        }
    }
}

/// <summary>One table's rows, stamped and ready to insert (<see cref="BulkInsert.Prepare"/>).</summary>
public sealed class PreparedRows
{
    internal PreparedRows(string tableName, string columnList, BulkInsert.Column[] columns, int count, IReadOnlyList<object> rows,
        ReadOnlyMemory<byte>? copyPayload)
    {
        TableName = tableName;
        ColumnList = columnList;
        Columns = columns;
        Count = count;
        Rows = rows;
        CopyPayload = copyPayload;
    }

    public int Count { get; }

    internal string TableName { get; }
    internal string ColumnList { get; }
    internal BulkInsert.Column[] Columns { get; }
    /// <summary>The rows, unless they were encoded (<see cref="CopyPayload"/>).</summary>
    internal IReadOnlyList<object> Rows { get; }

    /// <summary>On PostgreSQL, the rows in binary COPY form, when every column's type can be encoded ahead.</summary>
    internal ReadOnlyMemory<byte>? CopyPayload { get; }
}
