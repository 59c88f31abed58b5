using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>Schema-wide filtering settings for code-first schemas.</summary>
public static class FilteringSchemaBuilderExtensions
{
    /// <summary>Changes the <see cref="FilteringOptions"/> every <c>[UseFiltering]</c> field starts from.</summary>
    public static CodeFirstSchemaBuilder ModifyFilteringOptions(this CodeFirstSchemaBuilder builder, Action<FilteringOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.ConfigureOptions(configure);
    }
}
