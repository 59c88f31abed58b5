using GraphQL.Language;

namespace GraphQL.Types;

public sealed class EnumValue(string name, object value) : IHasName
{
    public string Name { get; } = name;

    /// <summary>The runtime value: a CLR enum member in code-first, the name itself in SDL-first.</summary>
    public object Value { get; } = value;

    public string? Description { get; set; }

    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public List<DirectiveNode> Directives { get; } = [];
}

public sealed class EnumType(string name) : NamedType(name)
{
    public override TypeKind Kind => TypeKind.Enum;

    public NamedCollection<EnumValue> Values { get; } = [];

    public Type? RuntimeType { get; set; }

    /// <summary>The enum value for a runtime value, or null when it is not one of this enum's.</summary>
    public EnumValue? FindByRuntimeValue(object value)
    {
        foreach (var candidate in Values)
        {
            if (Equals(candidate.Value, value))
            {
                return candidate;
            }
        }
        return value is string name ? Values.Find(name) : null;
    }
}
