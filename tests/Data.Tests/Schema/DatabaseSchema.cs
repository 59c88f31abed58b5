using Npgsql;

namespace GraphApi.Data.Tests.Schema;

/// <summary>
/// The schema of a PostgreSQL database's <c>public</c> tables, read from <c>pg_catalog</c>, as <see cref="SchemaFacts"/>.
/// The runner's own <c>schema_migrations</c> table is left out: the model does not map it.
/// </summary>
internal static class DatabaseSchema
{
    private const string ColumnsSql = """
        SELECT t.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, a.attgenerated <> ''
        FROM pg_attribute a
        JOIN pg_class t ON t.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relkind = 'r' AND t.relname <> 'schema_migrations'
          AND a.attnum > 0 AND NOT a.attisdropped
        """;

    // Column lists in key order; confdeltype: a = no action, r = restrict, c = cascade, n = set null, d = set default.
    private const string KeysSql = """
        SELECT t.relname, c.conname, c.contype,
               ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(attnum, position)
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.position),
               p.relname,
               ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(attnum, position)
                     JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.position),
               CASE c.confdeltype WHEN 'a' THEN 'no action' WHEN 'r' THEN 'restrict' WHEN 'c' THEN 'cascade'
                                  WHEN 'n' THEN 'set null' WHEN 'd' THEN 'set default' END
        FROM pg_constraint c
        JOIN pg_class t ON t.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        LEFT JOIN pg_class p ON p.oid = c.confrelid
        WHERE n.nspname = 'public' AND t.relname <> 'schema_migrations' AND c.contype IN ('p', 'f')
        """;

    // Every index but those of primary keys, unique constraints included; an expression shows as "(expression)".
    private const string IndexesSql = """
        SELECT t.relname, i.relname, x.indisunique, x.indpred IS NOT NULL,
               ARRAY(SELECT coalesce(a.attname, '(expression)') FROM unnest(x.indkey::int2[]) WITH ORDINALITY k(attnum, position)
                     LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum ORDER BY k.position)
        FROM pg_index x
        JOIN pg_class i ON i.oid = x.indexrelid
        JOIN pg_class t ON t.oid = x.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace
        WHERE n.nspname = 'public' AND t.relname <> 'schema_migrations' AND NOT x.indisprimary
        """;

    public static async Task<IReadOnlySet<string>> DescribeAsync(NpgsqlDataSource dataSource)
    {
        var facts = new SortedSet<string>(StringComparer.Ordinal);

        await ReadAsync(dataSource, ColumnsSql, row => facts.Add(SchemaFacts.Column(
            row.GetString(0), row.GetString(1), row.GetString(2), row.GetBoolean(3), row.GetBoolean(4))));

        await ReadAsync(dataSource, KeysSql, row => facts.Add(row.GetChar(2) == 'p'
            ? SchemaFacts.PrimaryKey(row.GetString(0), row.GetString(1), row.GetFieldValue<string[]>(3))
            : SchemaFacts.ForeignKey(
                row.GetString(0), row.GetString(1), row.GetFieldValue<string[]>(3), row.GetString(4),
                row.GetFieldValue<string[]>(5), row.GetString(6))));

        await ReadAsync(dataSource, IndexesSql, row => facts.Add(SchemaFacts.Index(
            row.GetString(0), row.GetString(1), row.GetFieldValue<string[]>(4), row.GetBoolean(2), row.GetBoolean(3))));

        return facts;
    }

    private static async Task ReadAsync(NpgsqlDataSource dataSource, string sql, Action<NpgsqlDataReader> readRow)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            readRow(reader);
        }
    }
}
