using System.Data.Common;
using System.Runtime.CompilerServices;
using Iro.Core.Councils;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Iro.Core.Data;

/// <summary>On PostgreSQL, councils are kept apart by the database as well as by <see cref="IroDbContext"/>'s
/// query filter: every council-owned table has a row-level security policy that shows and accepts only the rows
/// of the council named in the session (OWASP ASVS 4.0.3 V4.2.1, issue 4 §2), so a bug in the app, a raw SQL
/// query or <c>IgnoreQueryFilters</c> cannot reach another council. The policies are made from the EF model
/// after every migration, so a new council-owned table is covered without anyone remembering to.
/// FORCE applies them to the table owner too, which is the role Iro connects as; superusers and roles with
/// BYPASSRLS are not subject to them, so Iro must not connect as one.</summary>
public static class RowLevelSecurity
{
    private const string CouncilSetting = "iro.council_id";
    private const string AllCouncilsSetting = "iro.all_councils";
    private const string Policy = "iro_council_isolation";

    /// <summary>Applies the schema's migrations, then (on PostgreSQL) the policies.</summary>
    public static async Task MigrateAsync(IroDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(ct);
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        foreach (var entity in db.Model.GetEntityTypes().Where(t => typeof(ICouncilOwned).IsAssignableFrom(t.ClrType)))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            var column = sql.DelimitIdentifier(entity.FindProperty(nameof(ICouncilOwned.CouncilId))!.GetColumnName(table)!);
            var predicate = $"current_setting('{AllCouncilsSetting}', true) = 'on' OR {column} = NULLIF(current_setting('{CouncilSetting}', true), '')::uuid";
            // Every name comes from the EF model, delimited by the provider: no input reaches this SQL.
            var statement = $"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY; ALTER TABLE {name} FORCE ROW LEVEL SECURITY; " +
                $"DROP POLICY IF EXISTS {Policy} ON {name}; " +
                $"CREATE POLICY {Policy} ON {name} USING ({predicate}) WITH CHECK ({predicate});";
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }
    }

    /// <summary>Names the context's council in the PostgreSQL session before a command that does not pass
    /// through EF Core (a binary COPY).</summary>
    internal static void EnsureSession(IroDbContext db, DbConnection connection, DbTransaction? transaction) =>
        CouncilSession.Instance.Ensure(db, connection, transaction);

    /// <summary>Keeps the session's council in step with the context's <see cref="CouncilScope"/>, which can be
    /// resolved late (from the signed-in user) or changed: before each command it sets the two settings when they
    /// differ from what this connection was last given. Settings end with the connection (Npgsql resets a pooled
    /// connection) and are undone by a rollback, so both make it forget. Without the settings a session sees no
    /// council's rows: the policies fail closed.</summary>
    internal sealed class CouncilSession : IDbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
    {
        public static readonly CouncilSession Instance = new();

        private readonly ConditionalWeakTable<DbConnection, string> _given = new();

        public void Ensure(DbContext? context, DbConnection connection, DbTransaction? transaction)
        {
            if (context is not IroDbContext db)
            {
                return;
            }
            var wanted = db.Scope.AllCouncils ? "all" : db.Scope.CouncilId?.ToString() ?? "";
            if (_given.TryGetValue(connection, out var given) && given == wanted)
            {
                return;
            }
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT set_config('{AllCouncilsSetting}', @all, false), set_config('{CouncilSetting}', @council, false)";
            AddParameter(command, "all", wanted == "all" ? "on" : "off");
            AddParameter(command, "council", wanted == "all" ? "" : wanted);
            command.ExecuteNonQuery();
            _given.AddOrUpdate(connection, wanted);
        }

        private static void AddParameter(DbCommand command, string name, string value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        private void Forget(DbConnection connection) => _given.Remove(connection);

        public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Ensure(eventData.Context, command.Connection!, command.Transaction);
            return result;
        }

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Ensure(eventData.Context, command.Connection!, command.Transaction);
            return ValueTask.FromResult(result);
        }

        public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Ensure(eventData.Context, command.Connection!, command.Transaction);
            return result;
        }

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Ensure(eventData.Context, command.Connection!, command.Transaction);
            return ValueTask.FromResult(result);
        }

        public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Ensure(eventData.Context, command.Connection!, command.Transaction);
            return result;
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Ensure(eventData.Context, command.Connection!, command.Transaction);
            return ValueTask.FromResult(result);
        }

        public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Forget(connection);

        public Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Forget(connection);
            return Task.CompletedTask;
        }

        // A completed transaction no longer knows its connection; the context does.
        public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetContext(eventData);

        public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ForgetContext(eventData);
            return Task.CompletedTask;
        }

        public void RolledBackToSavepoint(DbTransaction transaction, TransactionEventData eventData) => ForgetContext(eventData);

        public Task RolledBackToSavepointAsync(DbTransaction transaction, TransactionEventData eventData, CancellationToken cancellationToken = default)
        {
            ForgetContext(eventData);
            return Task.CompletedTask;
        }

        private void ForgetContext(TransactionEventData eventData)
        {
            if (eventData.Context is { } context)
            {
                Forget(context.Database.GetDbConnection());
            }
        }
    }
}
