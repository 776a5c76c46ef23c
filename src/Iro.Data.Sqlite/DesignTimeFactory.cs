using Iro.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Iro.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite migrations without a host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IroDbContext>
{
    public IroDbContext CreateDbContext(string[] args) =>
        IroDbContextFactory.Create(DatabaseProvider.Sqlite("design-time.db"), CouncilScope.All());
}
