using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The collected fields (spec 6.3.2 CollectFields) of a selection set for one object type, in response order.
/// Fields under variable @skip/@include are kept with their conditions and filtered per request.
/// </summary>
internal sealed class SelectionSetPlan(ObjectType objectType, FieldSelection[] fields)
{
    public ObjectType ObjectType { get; } = objectType;

    /// <summary>Every response key the selection set can have.</summary>
    public FieldSelection[] Fields { get; } = fields;

    public bool HasConditions { get; } = Array.Exists(fields, field => !field.IsAlwaysIncluded);

    /// <summary>The fields executed for the given variable values.</summary>
    public FieldSelection[] SelectIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        if (!HasConditions)
        {
            return Fields;
        }
        var included = new List<FieldSelection>(Fields.Length);
        foreach (var field in Fields)
        {
            if (field.IsIncluded(variables))
            {
                included.Add(field);
            }
        }
        return [.. included];
    }
}
