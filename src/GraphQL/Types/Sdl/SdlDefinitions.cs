using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>The type system definitions and extensions of one or more SDL documents, sorted by what they define.</summary>
internal sealed class SdlDefinitions
{
    /// <summary>Type definitions (not extensions), in document order; names are unique.</summary>
    public List<ITypeDefinitionNode> Types { get; } = [];

    /// <summary>Type extensions, in document order.</summary>
    public List<ITypeDefinitionNode> TypeExtensions { get; } = [];

    public List<DirectiveDefinitionNode> Directives { get; } = [];

    public SchemaDefinitionNode? Schema { get; private set; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    /// <summary>Sorts the definitions of <paramref name="documents"/>, reporting duplicates and executable definitions.</summary>
    public static SdlDefinitions Collect(IEnumerable<DocumentNode> documents, List<string> errors)
    {
        var definitions = new SdlDefinitions();
        var typeNames = new HashSet<string>();
        var directiveNames = new HashSet<string>();
        foreach (var document in documents)
        {
            foreach (var node in document.Definitions)
            {
                switch (node)
                {
                    case SchemaDefinitionNode schema when definitions.Schema is null:
                        definitions.Schema = schema;
                        break;
                    case SchemaDefinitionNode:
                        errors.Add("The schema is defined more than once; use \"extend schema\" to add to it.");
                        break;
                    case SchemaExtensionNode extension:
                        definitions.SchemaExtensions.Add(extension);
                        break;
                    case ITypeDefinitionNode extension when extension is ITypeSystemExtensionNode:
                        definitions.TypeExtensions.Add(extension);
                        break;
                    case ITypeDefinitionNode type:
                        AddFirst(definitions.Types, typeNames, type, type.Name.Value, errors,
                            static name => $"Type \"{name}\" is defined more than once; use \"extend\" to add to it.");
                        break;
                    case DirectiveDefinitionNode directive:
                        AddFirst(definitions.Directives, directiveNames, directive, directive.Name.Value, errors,
                            static name => $"Directive \"@{name}\" is defined more than once.");
                        break;
                    default:
                        errors.Add($"SDL may contain only type system definitions and extensions, but it contains {Describe(node)}.");
                        break;
                }
            }
        }
        return definitions;
    }

    /// <summary>Keeps the first definition of a name; a later one is reported with <paramref name="repeated"/>.</summary>
    private static void AddFirst<T>(List<T> kept, HashSet<string> names, T node, string name, List<string> errors, Func<string, string> repeated)
    {
        if (names.Add(name))
        {
            kept.Add(node);
        }
        else
        {
            errors.Add(repeated(name));
        }
    }

    private static string Describe(IDefinitionNode node) => node switch
    {
        OperationDefinitionNode { Name: { } name } => $"the operation \"{name.Value}\"",
        OperationDefinitionNode => "an anonymous operation",
        FragmentDefinitionNode fragment => $"the fragment \"{fragment.Name.Value}\"",
        _ => $"a {node.Kind} definition",
    };
}
