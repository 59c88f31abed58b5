using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// One response key of a selection set on one object type: the field, every field node merged into the key
/// (each with the @skip/@include condition it is under), its resolver (and subscriber) and argument plan. Plans
/// of its sub-selection are compiled on first use per object type and then shared by every request.
/// </summary>
internal sealed class FieldSelection
{
    private readonly List<(FieldNode Node, IncludeCondition? Condition)> _nodes = [];
    private readonly OperationCompiler _compiler;
    private readonly Lock _plansLock = new();
    private SelectionSetPlan? _lastPlan;
    private Dictionary<ObjectType, SelectionSetPlan>? _plans;
    private IReadOnlyList<Location>? _locations;
    private IReadOnlyList<FieldNode>? _fieldNodes;

    public FieldSelection(
        string responseName, ObjectType objectType, OutputField field, FieldResolver resolver, SubscribeResolver? subscriber, FieldNode firstNode, OperationCompiler compiler)
    {
        ResponseName = responseName;
        ObjectType = objectType;
        Field = field;
        Resolver = resolver;
        Subscriber = subscriber;
        IsNonNull = field.Type is NonNullType;
        Arguments = new ArgumentPlan(field.Arguments, firstNode.Arguments, $"field \"{objectType.Name}.{field.Name}\"");
        _compiler = compiler;
    }

    public string ResponseName { get; }

    public ObjectType ObjectType { get; }

    public OutputField Field { get; }

    public FieldResolver Resolver { get; }

    /// <summary>For a subscription's root field: what creates its event stream (null when the field has no subscriber).</summary>
    public SubscribeResolver? Subscriber { get; }

    public ArgumentPlan Arguments { get; }

    public bool IsNonNull { get; }

    /// <summary>False when every node merged into this key is under a variable @skip/@include.</summary>
    public bool IsAlwaysIncluded { get; private set; }

    /// <summary>The first field node; validation guarantees all merged nodes have the same name and arguments.</summary>
    public FieldNode Node => _nodes[0].Node;

    public IReadOnlyList<FieldNode> Nodes => _fieldNodes ??= _nodes.ConvertAll(entry => entry.Node);

    /// <summary>The locations of the merged field nodes, for errors.</summary>
    public IReadOnlyList<Location> Locations => _locations ??= _nodes.Where(e => e.Node.Location.HasValue).Select(e => e.Node.Location!.Value).ToArray();

    public string Coordinate => $"{ObjectType.Name}.{Field.Name}";

    public void AddNode(FieldNode node, IncludeCondition? condition)
    {
        _nodes.Add((node, condition));
        IsAlwaysIncluded |= condition is null;
    }

    public bool IsIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var (_, condition) in _nodes)
        {
            if (condition is null || condition.IsIncluded(variables))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The plan of this field's sub-selection for a value of <paramref name="objectType"/>.</summary>
    public SelectionSetPlan GetSubPlan(ObjectType objectType)
    {
        var last = Volatile.Read(ref _lastPlan);
        if (last is not null && ReferenceEquals(last.ObjectType, objectType))
        {
            return last;
        }
        lock (_plansLock)
        {
            _plans ??= [];
            if (!_plans.TryGetValue(objectType, out var plan))
            {
                plan = _compiler.Compile(objectType, SubSelections());
                _plans[objectType] = plan;
            }
            Volatile.Write(ref _lastPlan, plan);
            return plan;
        }
    }

    private List<(SelectionSetNode, IncludeCondition?)> SubSelections()
    {
        var selections = new List<(SelectionSetNode, IncludeCondition?)>(_nodes.Count);
        foreach (var (node, condition) in _nodes)
        {
            if (node.SelectionSet is not null)
            {
                selections.Add((node.SelectionSet, condition));
            }
        }
        return selections;
    }
}
