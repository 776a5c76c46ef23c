using Iro.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Iro.Cli.Commands;

internal static class CliDatabase
{
    /// <summary>A context for a CLI command. SQLite is embedded and migrates itself, as under `iro serve`;
    /// PostgreSQL is migrated only by `iro migrate`.</summary>
    public static async Task<IroDbContext> OpenAsync(DatabaseProvider database, CouncilScope scope, CancellationToken ct)
    {
        var context = IroDbContextFactory.Create(database, scope);
        if (database.Kind == DatabaseKind.Sqlite)
        {
            await RowLevelSecurity.MigrateAsync(context, ct);
        }
        return context;
    }
}
