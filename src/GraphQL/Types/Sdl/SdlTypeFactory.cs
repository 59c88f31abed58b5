using System.Diagnostics.CodeAnalysis;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Builds the named types and directive definitions of SDL definitions: first an empty type for every definition
/// (so any type can refer to any other), then the members of each definition, then the extensions in order.
/// Problems are added to the error list; the types are complete where no error was found.
/// </summary>
internal sealed partial class SdlTypeFactory(
    IReadOnlyDictionary<string, ScalarType> customScalars,
    IReadOnlyDictionary<string, Type> runtimeTypes,
    List<string> errors)
{
    // Scalars whose @specifiedBy came from this SDL, so a second one is seen as a repetition.
    private readonly HashSet<string> _specifiedByFromSdl = [];

    /// <summary>The built types in definition order; scalars registered with AddScalar join when first used.</summary>
    public NamedCollection<NamedType> Types { get; } = [];

    public List<DirectiveDefinition> Directives { get; } = [];

    public void Build(SdlDefinitions definitions)
    {
        foreach (var node in definitions.Types)
        {
            if (CreateType(node) is { } type)
            {
                Types.Add(type);
            }
        }
        foreach (var node in definitions.Types)
        {
            if (Types.Find(node.Name.Value) is { } type && !IsBuiltInScalar(type))
            {
                AddMembers(node, type);
            }
        }
        foreach (var extension in definitions.TypeExtensions)
        {
            Extend(extension);
        }
        foreach (var node in definitions.Directives)
        {
            // SDL may restate a built-in directive (printed schemas often do); the built-in definition is used.
            if (!BuiltInDirectives.All.Any(builtIn => builtIn.Name == node.Name.Value))
            {
                Directives.Add(CreateDirective(node));
            }
        }
    }

    private NamedType? CreateType(ITypeDefinitionNode node)
    {
        var name = node.Name.Value;
        var runtimeType = runtimeTypes.GetValueOrDefault(name);
        NamedType? type = node switch
        {
            ScalarTypeDefinitionNode => FindScalar(name),
            ObjectTypeDefinitionNode => new ObjectType(name) { RuntimeType = runtimeType },
            InterfaceTypeDefinitionNode => new InterfaceType(name) { RuntimeType = runtimeType },
            UnionTypeDefinitionNode => new UnionType(name) { RuntimeType = runtimeType },
            EnumTypeDefinitionNode => new EnumType(name) { RuntimeType = runtimeType is { IsEnum: true } ? runtimeType : null },
            InputObjectTypeDefinitionNode => new InputObjectType(name) { RuntimeType = runtimeType },
            _ => null,
        };
        if (type is null && node is ScalarTypeDefinitionNode)
        {
            errors.Add($"Scalar \"{name}\" has no implementation: register a ScalarType named \"{name}\" with AddScalar.");
        }
        return type;
    }

    private void Extend(ITypeDefinitionNode extension)
    {
        var name = extension.Name.Value;
        var type = FindNamedType(name);
        var extendedKind = extension switch
        {
            ScalarTypeExtensionNode => TypeKind.Scalar,
            ObjectTypeExtensionNode => TypeKind.Object,
            InterfaceTypeExtensionNode => TypeKind.Interface,
            UnionTypeExtensionNode => TypeKind.Union,
            EnumTypeExtensionNode => TypeKind.Enum,
            _ => TypeKind.InputObject,
        };
        if (type is null)
        {
            errors.Add($"Cannot extend type \"{name}\": it is not defined.");
        }
        else if (type.Kind != extendedKind)
        {
            errors.Add($"Cannot extend \"{name}\" as {TypeKindNames.WithArticle(extendedKind)}: it is {TypeKindNames.WithArticle(type.Kind)}.");
        }
        else if (IsBuiltInScalar(type))
        {
            errors.Add($"The built-in scalar \"{name}\" cannot be extended.");
        }
        else
        {
            AddMembers(extension, type);
        }
    }

    /// <summary>A type the SDL defines, or a scalar it may use without declaring: a registered one or a spec scalar.</summary>
    private NamedType? FindNamedType(string name)
    {
        if (Types.Find(name) is { } type)
        {
            return type;
        }
        if (customScalars.TryGetValue(name, out var custom))
        {
            Types.Add(custom);
            return custom;
        }
        return BuiltInScalars.IsSpecified(name) ? BuiltInScalars.Find(name) : null;
    }

    /// <summary>The implementation of a declared scalar: a registered one, else a built-in one.</summary>
    private ScalarType? FindScalar(string name) => customScalars.GetValueOrDefault(name) ?? BuiltInScalars.Find(name);

    private bool IsBuiltInScalar(NamedType type) =>
        type is ScalarType && !customScalars.ContainsKey(type.Name) && ReferenceEquals(BuiltInScalars.Find(type.Name), type);

    private bool TryResolveType(ITypeNode node, string usedBy, [NotNullWhen(true)] out IType? type)
    {
        type = TypeReferences.FromAst(node, name =>
        {
            var named = FindNamedType(name);
            if (named is null)
            {
                ReportUnknownType(name, usedBy);
            }
            return named;
        });
        return type is not null;
    }

    private void ReportUnknownType(string name, string usedBy)
    {
        var hint = BuiltInScalars.Find(name) is null ? "" : $" \"{name}\" is a built-in scalar: declare it with \"scalar {name}\" to use it.";
        errors.Add($"Unknown type \"{name}\" used by {usedBy}.{hint}");
    }

    private DirectiveDefinition CreateDirective(DirectiveDefinitionNode node)
    {
        var directive = new DirectiveDefinition(node.Name.Value)
        {
            Description = node.Description?.Value,
            IsRepeatable = node.IsRepeatable,
        };
        foreach (var location in node.Locations)
        {
            if (DirectiveLocationNames.TryParse(location.Value, out var parsed))
            {
                directive.Locations.Add(parsed);
            }
            else
            {
                errors.Add($"Directive \"@{directive.Name}\" names an unknown location \"{location.Value}\".");
            }
        }
        AddInputValues(directive.Arguments, node.Arguments, "Argument", argument => $"@{directive.Name}({argument}:)");
        return directive;
    }
}
