using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules.FieldSelectionMerging;

/// <summary>A field as selected: the type it is selected on, its node, and its definition when the schema has one.</summary>
internal readonly record struct CollectedField(NamedType? ParentType, FieldNode Node, OutputField? Definition);

/// <summary>What one selection set selects, inline fragments included: its fields by response name and the fragments it spreads.</summary>
internal sealed class CollectedFields
{
    private readonly HashSet<string> _fragmentNameSet = new(StringComparer.Ordinal);

    public OrderedDictionary<string, List<CollectedField>> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of the fragments spread, each once, in order of first spread.</summary>
    public List<string> FragmentNames { get; } = [];

    public void AddField(CollectedField field)
    {
        var responseName = field.Node.ResponseName;
        if (!Fields.TryGetValue(responseName, out var fields))
        {
            Fields.Add(responseName, fields = []);
        }
        fields.Add(field);
    }

    public void AddFragment(string name)
    {
        if (_fragmentNameSet.Add(name))
        {
            FragmentNames.Add(name);
        }
    }
}
