using GraphQL.Authorization;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// Collects fields (spec 6.3.2) into <see cref="SelectionSetPlan"/>s for one operation. Fragment type conditions,
/// field definitions, resolvers (guarded by their authorization rules, if any), literal @skip/@include and literal
/// arguments are settled here, once; only variable conditions and variable arguments are left for each request.
/// </summary>
internal sealed class OperationCompiler(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, bool isSubscription)
{
    /// <summary>A subscription root field without a resolver passes the event on as its value (spec 6.2.3.2).</summary>
    private static readonly FieldResolver PassEventThrough = context => new ValueTask<object?>(context.ParentValue);

    public SelectionSetPlan CompileRoot(ObjectType rootType, SelectionSetNode selectionSet) =>
        Compile(rootType, [(selectionSet, null)], isRoot: true);

    /// <summary>Collects the fields of several selection sets (the merged sub-selections of one response key).</summary>
    public SelectionSetPlan Compile(ObjectType objectType, IReadOnlyList<(SelectionSetNode Set, IncludeCondition? Condition)> selectionSets) =>
        Compile(objectType, selectionSets, isRoot: false);

    private SelectionSetPlan Compile(ObjectType objectType, IReadOnlyList<(SelectionSetNode Set, IncludeCondition? Condition)> selectionSets, bool isRoot)
    {
        var collector = new Collector(this, objectType, isRoot);
        foreach (var (set, condition) in selectionSets)
        {
            collector.Collect(set, condition);
        }
        return new SelectionSetPlan(objectType, [.. collector.Fields.Values]);
    }

    private FieldSelection CreateSelection(string responseName, ObjectType objectType, OutputField field, FieldNode firstNode, bool isRoot)
    {
        var isSubscriptionRoot = isRoot && isSubscription;
        var resolver = field.Resolver ?? (isSubscriptionRoot ? PassEventThrough : schema.DefaultResolver);
        var subscriber = isSubscriptionRoot ? field.Subscriber : null;
        if (FieldAuthorization.For(objectType, field) is { } authorization)
        {
            // A subscription is authorized when it subscribes; its root resolver only maps each event.
            if (isSubscriptionRoot)
            {
                subscriber = subscriber is null ? null : authorization.Protect(subscriber);
            }
            else
            {
                resolver = authorization.Protect(resolver);
            }
        }
        return new FieldSelection(responseName, objectType, field, resolver, subscriber, firstNode, this);
    }

    private bool DoesFragmentApply(ObjectType objectType, NamedTypeNode? typeCondition) =>
        schema.DoesFragmentTypeApply(objectType, typeCondition);

    /// <summary>The state of one CollectFields run.</summary>
    private sealed class Collector(OperationCompiler compiler, ObjectType objectType, bool isRoot)
    {
        // Fragments already expanded without a condition need not be expanded again; conditional spreads are
        // expanded each time so that "included by either spread" holds per request.
        private readonly HashSet<string> _visitedFragments = [];
        private readonly HashSet<string> _expanding = [];

        public OrderedDictionary<string, FieldSelection> Fields { get; } = new(StringComparer.Ordinal);

        public void Collect(SelectionSetNode selectionSet, IncludeCondition? outer)
        {
            foreach (var selection in selectionSet.Selections)
            {
                if (!IncludeCondition.TryCombine(selection.Directives, outer, out var condition))
                {
                    continue;
                }
                switch (selection)
                {
                    case FieldNode field:
                        AddField(field, condition);
                        break;
                    case InlineFragmentNode inline when compiler.DoesFragmentApply(objectType, inline.TypeCondition):
                        Collect(inline.SelectionSet, condition);
                        break;
                    case FragmentSpreadNode spread:
                        CollectSpread(spread.Name.Value, condition);
                        break;
                }
            }
        }

        private void AddField(FieldNode node, IncludeCondition? condition)
        {
            var key = node.ResponseName;
            if (!Fields.TryGetValue(key, out var selection))
            {
                // Unknown fields cannot pass validation; an unvalidated document simply does not get them.
                if (compiler.FindField(objectType, node.Name.Value) is not { } field)
                {
                    return;
                }
                selection = compiler.CreateSelection(key, objectType, field, node, isRoot);
                Fields.Add(key, selection);
            }
            selection.AddNode(node, condition);
        }

        private void CollectSpread(string name, IncludeCondition? condition)
        {
            if (_visitedFragments.Contains(name) ||
                !compiler.TryGetFragment(name, out var fragment) ||
                !compiler.DoesFragmentApply(objectType, fragment.TypeCondition) ||
                !_expanding.Add(name))
            {
                return;
            }
            if (condition is null)
            {
                _visitedFragments.Add(name);
            }
            Collect(fragment.SelectionSet, condition);
            _expanding.Remove(name);
        }
    }

    private OutputField? FindField(ObjectType objectType, string name) => schema.FindField(objectType, name);

    private bool TryGetFragment(string name, out FragmentDefinitionNode fragment) => fragments.TryGetValue(name, out fragment!);
}
