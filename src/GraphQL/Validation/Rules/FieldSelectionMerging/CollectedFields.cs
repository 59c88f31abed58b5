using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules.FieldSelectionMerging;

/// <summary>A field as selected: the type it is selected on, its node, and its definition when the schema has one.</summary>
internal readonly record struct CollectedField(NamedType? ParentType, FieldNode Node, OutputField? Definition);

/// <summary>
/// What one selection set selects, inline fragments included: its fields by response name and the fragments it
/// spreads. A leaf field repeated with the same parent type and arguments (<c>{ name name name }</c>) is kept once:
/// copies cannot conflict with each other, and keeping them would make comparisons grow with the square of their number.
/// </summary>
internal sealed class CollectedFields
{
    private HashSet<string>? _fragmentNameSet;
    private HashSet<CollectedField>? _leaves;

    public OrderedDictionary<string, List<CollectedField>> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of the fragments spread, each once, in order of first spread.</summary>
    public List<string> FragmentNames { get; } = [];

    public void AddField(CollectedField field)
    {
        if (field.Node.SelectionSet is null)
        {
            _leaves ??= new HashSet<CollectedField>(SameLeafComparer.Instance);
            if (!_leaves.Add(field))
            {
                return;
            }
        }
        var responseName = field.Node.ResponseName;
        if (!Fields.TryGetValue(responseName, out var fields))
        {
            Fields.Add(responseName, fields = []);
        }
        fields.Add(field);
    }

    public void AddFragment(string name)
    {
        _fragmentNameSet ??= new HashSet<string>(StringComparer.Ordinal);
        if (_fragmentNameSet.Add(name))
        {
            FragmentNames.Add(name);
        }
    }

    /// <summary>Leaf selections under the same response name of the same field, on the same type, with equal arguments.</summary>
    private sealed class SameLeafComparer : IEqualityComparer<CollectedField>
    {
        public static readonly SameLeafComparer Instance = new();

        public bool Equals(CollectedField x, CollectedField y) =>
            x.Node.ResponseName == y.Node.ResponseName &&
            x.Node.Name.Value == y.Node.Name.Value &&
            x.ParentType?.Name == y.ParentType?.Name &&
            ValueNodeEquality.ArgumentsAreEqual(x.Node.Arguments, y.Node.Arguments);

        public int GetHashCode(CollectedField field) => HashCode.Combine(
            field.Node.ResponseName,
            field.Node.Name.Value,
            field.ParentType?.Name,
            ValueNodeEquality.GetArgumentsHashCode(field.Node.Arguments));
    }
}
