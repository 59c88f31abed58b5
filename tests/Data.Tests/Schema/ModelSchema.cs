using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace GraphApi.Data.Tests.Schema;

/// <summary>The schema that an EF model expects, read from its relational model, as <see cref="SchemaFacts"/>.</summary>
internal static class ModelSchema
{
    public static IReadOnlySet<string> Describe(IModel model)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            foreach (var column in table.Columns)
            {
                facts.Add(SchemaFacts.Column(table.Name, column.Name, column.StoreType, column.IsNullable, column.ComputedColumnSql is not null));
            }

            if (table.PrimaryKey is { } primaryKey)
            {
                facts.Add(SchemaFacts.PrimaryKey(table.Name, primaryKey.Name, Names(primaryKey.Columns)));
            }

            foreach (var foreignKey in table.ForeignKeyConstraints)
            {
                facts.Add(SchemaFacts.ForeignKey(
                    table.Name, foreignKey.Name, Names(foreignKey.Columns), foreignKey.PrincipalTable.Name,
                    Names(foreignKey.PrincipalColumns), OnDelete(foreignKey.OnDeleteAction)));
            }

            foreach (var index in table.Indexes)
            {
                facts.Add(SchemaFacts.Index(table.Name, index.Name, Names(index.Columns), index.IsUnique, index.Filter is not null));
            }

            // Alternate keys become unique constraints, which PostgreSQL keeps as unique indexes.
            foreach (var unique in table.UniqueConstraints.Where(u => u != table.PrimaryKey))
            {
                facts.Add(SchemaFacts.Index(table.Name, unique.Name, Names(unique.Columns), isUnique: true, isPartial: false));
            }
        }

        return facts;
    }

    private static IEnumerable<string> Names(IEnumerable<IColumn> columns) => columns.Select(c => c.Name);

    private static string OnDelete(ReferentialAction action) => action switch
    {
        ReferentialAction.NoAction => "no action",
        ReferentialAction.Restrict => "restrict",
        ReferentialAction.Cascade => "cascade",
        ReferentialAction.SetNull => "set null",
        ReferentialAction.SetDefault => "set default",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown referential action."),
    };
}
