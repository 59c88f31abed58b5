using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace GraphApi.Data.Conventions;

/// <summary>
/// Names every table, column, primary key, foreign key and index of the model in snake_case, as the SQL migrations do:
/// tables after their <c>DbSet</c> (<c>RefreshTokens</c> → <c>refresh_tokens</c>), columns after their property,
/// <c>pk_{table}</c>, <c>fk_{table}_{principal table}_{columns}</c>, <c>ix_{table}_{columns}</c> and, for unique
/// indexes, <c>ux_{table}_{columns}</c>. Names set explicitly in the model are kept (and snake-cased).
/// </summary>
public sealed class SnakeCaseNamingConvention : IModelFinalizingConvention
{
    public void ProcessModelFinalizing(IConventionModelBuilder modelBuilder, IConventionContext<IConventionModelBuilder> context)
    {
        var entityTypes = modelBuilder.Metadata.GetEntityTypes().Where(e => e.GetTableName() is not null).ToList();

        // Tables and columns first: the names of keys, foreign keys and indexes are made of them.
        foreach (var entityType in entityTypes)
        {
            entityType.Builder.ToTable(SnakeCase.Convert(entityType.GetTableName()!));
            foreach (var property in entityType.GetDeclaredProperties())
            {
                property.Builder.HasColumnName(SnakeCase.Convert(property.GetColumnName()));
            }
        }

        foreach (var entityType in entityTypes)
        {
            var table = entityType.GetTableName()!;
            entityType.FindPrimaryKey()?.Builder.HasName($"pk_{table}");
            foreach (var foreignKey in entityType.GetDeclaredForeignKeys())
            {
                var principalTable = foreignKey.PrincipalEntityType.GetTableName();
                foreignKey.Builder.HasConstraintName($"fk_{table}_{principalTable}_{ColumnList(foreignKey.Properties)}");
            }

            foreach (var index in entityType.GetDeclaredIndexes())
            {
                var prefix = index.IsUnique ? "ux" : "ix";
                index.Builder.HasDatabaseName($"{prefix}_{table}_{ColumnList(index.Properties)}");
            }
        }
    }

    private static string ColumnList(IEnumerable<IConventionProperty> properties) =>
        string.Join('_', properties.Select(p => p.GetColumnName()));
}
