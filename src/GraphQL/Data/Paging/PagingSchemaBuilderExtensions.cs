using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Schema-wide paging settings for code-first schemas.</summary>
public static class PagingSchemaBuilderExtensions
{
    /// <summary>Changes the <see cref="PagingOptions"/> every <c>[UsePaging]</c> field starts from.</summary>
    public static CodeFirstSchemaBuilder ModifyPagingOptions(this CodeFirstSchemaBuilder builder, Action<PagingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureOptions(configure);
    }
}
