using GraphQL.Language;

namespace GraphQL.Validation.Rules.FieldSelectionMerging;

/// <summary>Structural equality (and a matching hash) of literal values, used to compare the arguments of fields to merge.</summary>
internal static class ValueNodeEquality
{
    /// <summary>
    /// Whether two values are written the same way: same kind and text, lists item by item, input objects field by
    /// field in any order, variables by name.
    /// </summary>
    public static bool AreEqual(IValueNode a, IValueNode b) => (a, b) switch
    {
        (VariableNode x, VariableNode y) => x.Name.Value == y.Name.Value,
        (IntValueNode x, IntValueNode y) => x.Value == y.Value,
        (FloatValueNode x, FloatValueNode y) => x.Value == y.Value,
        (StringValueNode x, StringValueNode y) => x.Value == y.Value,
        (BooleanValueNode x, BooleanValueNode y) => x.Value == y.Value,
        (EnumValueNode x, EnumValueNode y) => x.Value == y.Value,
        (NullValueNode, NullValueNode) => true,
        (ListValueNode x, ListValueNode y) => ListsAreEqual(x.Values, y.Values),
        (ObjectValueNode x, ObjectValueNode y) => ObjectsAreEqual(x.Fields, y.Fields),
        _ => false,
    };

    /// <summary>Whether two argument lists give the same arguments with equal values, in any order.</summary>
    public static bool ArgumentsAreEqual(IReadOnlyList<ArgumentNode> a, IReadOnlyList<ArgumentNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (b.FindByName(a[i].Name.Value) is not { } other || !AreEqual(a[i].Value, other.Value))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A hash consistent with <see cref="ArgumentsAreEqual"/>: independent of the order of the arguments.</summary>
    public static int GetArgumentsHashCode(IReadOnlyList<ArgumentNode> arguments)
    {
        var hash = 0;
        for (var i = 0; i < arguments.Count; i++)
        {
            // Addition is commutative, so argument order does not change the hash.
            hash += HashCode.Combine(arguments[i].Name.Value, GetHashCode(arguments[i].Value));
        }
        return hash;
    }

    /// <summary>A hash consistent with <see cref="AreEqual"/>.</summary>
    public static int GetHashCode(IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                return HashCode.Combine(SyntaxKind.Variable, variable.Name.Value);
            case IntValueNode number:
                return HashCode.Combine(SyntaxKind.IntValue, number.Value);
            case FloatValueNode number:
                return HashCode.Combine(SyntaxKind.FloatValue, number.Value);
            case StringValueNode text:
                return HashCode.Combine(SyntaxKind.StringValue, text.Value);
            case BooleanValueNode boolean:
                return HashCode.Combine(SyntaxKind.BooleanValue, boolean.Value);
            case EnumValueNode enumValue:
                return HashCode.Combine(SyntaxKind.EnumValue, enumValue.Value);
            case ListValueNode list:
                var listHash = new HashCode();
                listHash.Add(SyntaxKind.ListValue);
                for (var i = 0; i < list.Values.Count; i++)
                {
                    listHash.Add(GetHashCode(list.Values[i]));
                }
                return listHash.ToHashCode();
            case ObjectValueNode inputObject:
                var objectHash = (int)SyntaxKind.ObjectValue;
                for (var i = 0; i < inputObject.Fields.Count; i++)
                {
                    objectHash += HashCode.Combine(inputObject.Fields[i].Name.Value, GetHashCode(inputObject.Fields[i].Value));
                }
                return objectHash;
            default:
                return (int)value.Kind;
        }
    }

    private static bool ListsAreEqual(IReadOnlyList<IValueNode> a, IReadOnlyList<IValueNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (!AreEqual(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ObjectsAreEqual(IReadOnlyList<ObjectFieldNode> a, IReadOnlyList<ObjectFieldNode> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            var found = false;
            for (var j = 0; j < b.Count && !found; j++)
            {
                found = a[i].Name.Value == b[j].Name.Value && AreEqual(a[i].Value, b[j].Value);
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }
}
