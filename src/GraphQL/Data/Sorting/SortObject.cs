using System.Reflection;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>The sort input of a CLR type (<c>PostSortInput</c>): one field per <c>[Sortable]</c> property. Made once per schema.</summary>
internal sealed class SortObject(Type clrType, InputObjectType type)
{
    public Type ClrType { get; } = clrType;

    public InputObjectType Type { get; } = type;

    /// <summary>The sortable properties by GraphQL field name.</summary>
    public Dictionary<string, SortField> Fields { get; } = new(StringComparer.Ordinal);
}

/// <summary>A sortable property: a key itself, or (with <see cref="Nested"/>) an object whose properties are.</summary>
internal sealed record SortField(PropertyInfo Property, SortObject? Nested);
