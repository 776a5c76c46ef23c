using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Iro.Core.Data;

/// <summary>Inserts many new rows without change tracking, for imports at national scale: multi-row INSERTs
/// built from the EF model (table, columns, and each column's type mapping, so that ids, enums and dates are
/// stored exactly as EF Core would store them on either provider). Runs inside the caller's transaction.</summary>
public static class BulkInsert
{
    // Below SQLite's and PostgreSQL's limits on parameters per statement for the widest table.
    private const int MaxParametersPerStatement = 30_000;

    public static async Task InsertAsync<T>(IroDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var entityType = db.Model.FindEntityType(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: (RelationalTypeMapping)p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null)
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";
        // Microsoft.Data.Sqlite binds parameters by name with a linear search, so a long multi-row statement is
        // quadratic; SQLite instead reuses one prepared single-row statement, which is its fast path anyway.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : Math.Max(1, MaxParametersPerStatement / columns.Count);

        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the import's transaction.");
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            command.Parameters.Clear();
            var text = new System.Text.StringBuilder(head);
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                if (chunk[r] is Councils.ICouncilOwned owned)
                {
                    db.EnsureWritable(owned.CouncilId);
                }
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"p{n++}";
                    var (property, _, mapping) = columns[c];
                    var value = property.GetGetter().GetClrValue(chunk[r]);
                    command.Parameters.Add(mapping.CreateParameter(command, name, value, property.IsNullable));
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            var commandText = text.ToString();
            if (command.CommandText != commandText)
            {
                command.CommandText = commandText;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
