using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Authorization;

/// <summary>What the schema builders do for authorization once their types are made.</summary>
internal static class SchemaAuthorization
{
    /// <summary>
    /// SDL-first: turns every <c>@authorize</c> applied to an object type or a field into a rule of that element.
    /// Each invalid application adds an error naming the element.
    /// </summary>
    public static void ReadRules(IEnumerable<NamedType> types, List<string> errors)
    {
        foreach (var type in types)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }
            if (complex is ObjectType objectType)
            {
                ReadRules(objectType.Directives, objectType.AuthorizationRules, $"type \"{objectType.Name}\"", errors);
            }
            foreach (var field in complex.Fields)
            {
                ReadRules(field.Directives, field.AuthorizationRules, $"field \"{complex.Name}.{field.Name}\"", errors);
            }
        }
    }

    /// <summary>
    /// Puts the engine's <c>@authorize</c> definition in <paramref name="directives"/> when a type or field applies
    /// it, or when the list already defines a directive of that name (which it replaces).
    /// </summary>
    public static void AddDirectiveDefinition(List<DirectiveDefinition> directives, IEnumerable<NamedType> types)
    {
        var defined = directives.RemoveAll(directive => directive.Name == AuthorizeDirective.Name) > 0;
        if (defined || types.Any(AppliesDirective))
        {
            directives.Add(AuthorizeDirective.Definition);
        }
    }

    private static void ReadRules(List<DirectiveNode> directives, List<AuthorizeRule> rules, string element, List<string> errors)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != AuthorizeDirective.Name)
            {
                continue;
            }
            if (AuthorizeDirective.TryRead(directive, out var rule, out var problem))
            {
                rules.Add(rule);
            }
            else
            {
                errors.Add($"Directive \"@{AuthorizeDirective.Name}\" on {element} {problem}");
            }
        }
    }

    private static bool AppliesDirective(NamedType type) =>
        IsApplied(type.Directives) || (type is ComplexType complex && complex.Fields.Any(field => IsApplied(field.Directives)));

    private static bool IsApplied(List<DirectiveNode> directives) =>
        directives.Exists(directive => directive.Name.Value == AuthorizeDirective.Name);
}
