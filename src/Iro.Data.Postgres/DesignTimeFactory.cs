using Iro.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Iro.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSQL migrations without a host or a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IroDbContext>
{
    public IroDbContext CreateDbContext(string[] args) =>
        IroDbContextFactory.Create(new DatabaseProvider(DatabaseKind.Postgres, "Host=localhost;Database=iro_design"), CouncilScope.All());
}
