namespace GraphQL.Types;

/// <summary>A directive the schema knows: built-in (@skip, @include, @deprecated, @specifiedBy, @oneOf) or custom.</summary>
public sealed class DirectiveDefinition(string name) : IHasName
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public NamedCollection<InputField> Arguments { get; } = [];

    public HashSet<DirectiveLocation> Locations { get; } = [];

    public bool IsRepeatable { get; set; }

    /// <summary>True for the directives every schema has; the SDL printer leaves them out.</summary>
    public bool IsBuiltIn { get; init; }

    public override string ToString() => "@" + Name;
}
