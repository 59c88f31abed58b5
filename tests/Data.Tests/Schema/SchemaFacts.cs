namespace GraphApi.Data.Tests.Schema;

/// <summary>
/// One line per fact about a table (a column, the primary key, a foreign key, an index), written the same way whether
/// it was read from the EF model or from the database, so that the two sets can be compared and their difference read.
/// </summary>
internal static class SchemaFacts
{
    public static string Column(string table, string column, string storeType, bool isNullable, bool isGenerated) =>
        $"{table}: column {column} {storeType} {(isNullable ? "null" : "not null")}{(isGenerated ? " generated" : "")}";

    public static string PrimaryKey(string table, string name, IEnumerable<string> columns) =>
        $"{table}: primary key {name} ({string.Join(", ", columns)})";

    public static string ForeignKey(
        string table, string name, IEnumerable<string> columns, string principalTable, IEnumerable<string> principalColumns,
        string onDelete) =>
        $"{table}: foreign key {name} ({string.Join(", ", columns)}) references {principalTable} " +
        $"({string.Join(", ", principalColumns)}) on delete {onDelete}";

    /// <summary>An index; a partial index is marked as such (its predicate is not compared: PostgreSQL rewrites it).</summary>
    public static string Index(string table, string name, IEnumerable<string> columns, bool isUnique, bool isPartial) =>
        $"{table}: {(isUnique ? "unique index" : "index")} {name} ({string.Join(", ", columns)}){(isPartial ? " partial" : "")}";

    /// <summary>An empty string when the sets are equal, otherwise what each has that the other lacks.</summary>
    public static string Difference(IReadOnlySet<string> model, IReadOnlySet<string> database)
    {
        var missing = model.Where(fact => !database.Contains(fact)).ToList();
        var extra = database.Where(fact => !model.Contains(fact)).ToList();
        if (missing.Count == 0 && extra.Count == 0)
        {
            return "";
        }

        var lines = new List<string> { "The migrated database does not match AppDbContext's model." };
        if (missing.Count > 0)
        {
            lines.Add("In the model but not in the database:");
            lines.AddRange(missing.Select(fact => "  " + fact));
        }

        if (extra.Count > 0)
        {
            lines.Add("In the database but not in the model:");
            lines.AddRange(extra.Select(fact => "  " + fact));
        }

        lines.Add("Fix the model or add a migration (src/Data/README.md).");
        return string.Join(Environment.NewLine, lines);
    }
}
