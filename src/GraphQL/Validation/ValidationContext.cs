using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What rules share while one document is validated: the schema, the document, lookups over its fragments and
/// variable usages (computed once and cached), the type information of the walk, and the errors found so far.
/// </summary>
public sealed class ValidationContext
{
    /// <summary>The edition of the specification the rules implement; <c>specifiedBy</c> links point into it.</summary>
    private const string SpecificationUrl = "https://spec.graphql.org/September2025/";

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly List<GraphQLError> _errors = [];

    internal ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        TypeInfo = new TypeInfo(schema);
        // The first definition of a name wins; duplicates are reported by the fragment name uniqueness rule.
        _fragments = document.FragmentsByName();
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    /// <summary>Type information at the current position of the walk.</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The fragment definitions of the document by name (the first one when a name is defined twice).</summary>
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _fragments;

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads in a selection set and, at any depth, in its fields and inline fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }
        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var set))
        {
            for (var i = 0; i < set.Selections.Count; i++)
            {
                switch (set.Selections[i])
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        pending.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inlineFragment:
                        pending.Push(inlineFragment.SelectionSet);
                        break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var fragments = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.TryPop(out var selectionSet))
        {
            foreach (var spread in GetFragmentSpreads(selectionSet))
            {
                var name = spread.Name.Value;
                if (seen.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }
        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>
    /// The variables used directly in an operation or fragment (not through spreads), in source order. They are
    /// collected while the document is walked, so at <see cref="ValidationVisitor.LeaveDocument"/> every definition's
    /// usages are ready; a definition not walked yet is walked on its own.
    /// </summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }
        var typeInfo = new TypeInfo(Schema);
        var walker = new DocumentWalker(typeInfo, [new VariableUsageCollector(typeInfo, _variableUsages)]);
        switch (definition)
        {
            case OperationDefinitionNode operation:
                walker.WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                walker.WalkFragmentDefinition(fragment);
                break;
        }
        return _variableUsages.GetValueOrDefault(definition) ?? [];
    }

    /// <summary>The visitor that collects variable usages during the validator's walk; it runs before the rules.</summary>
    internal ValidationVisitor CreateVariableUsageCollector() => new VariableUsageCollector(TypeInfo, _variableUsages);

    /// <summary>The variables an operation uses, directly and through every fragment it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Reports an error as it is; stops validation when more errors than allowed have been found.</summary>
    public void ReportError(GraphQLError error)
    {
        if (_errors.Count == Options.MaxErrors)
        {
            throw new TooManyErrorsException();
        }
        _errors.Add(error);
    }

    /// <summary>
    /// Reports a broken rule of the specification, with the locations of <paramref name="nodes"/> (those that have
    /// one), <c>extensions.code</c> <see cref="ValidationErrorCodes.ValidationFailed"/> and
    /// <c>extensions.specifiedBy</c> linking to <paramref name="specSection"/> (an anchor such as <c>sec-Field-Selections</c>).
    /// </summary>
    public void ReportError(string message, string specSection, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        var locations = new List<Location>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location);
            }
        }
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ValidationErrorCodes.ValidationFailed,
            ["specifiedBy"] = SpecificationUrl + "#" + specSection,
        };
        ReportError(new GraphQLError(message, locations.Count > 0 ? locations : null, extensions: extensions));
    }

    /// <summary>Adds the last error of a validation stopped by <see cref="ReportError(GraphQLError)"/>.</summary>
    internal void AddAbortedError() => _errors.Add(new GraphQLError(
        $"Validation was aborted because the document has more than {Options.MaxErrors} errors; fix these and validate it again to see the others.",
        extensions: ErrorCodes.Extensions(ValidationErrorCodes.ValidationFailed)));

    /// <summary>Thrown by <see cref="ReportError(GraphQLError)"/> to stop a validation that found too many errors.</summary>
    internal sealed class TooManyErrorsException : Exception;

    /// <summary>Records, for each operation and fragment walked, the variables used in it.</summary>
    private sealed class VariableUsageCollector(
        TypeInfo typeInfo,
        Dictionary<IExecutableDefinitionNode, IReadOnlyList<VariableUsage>> usagesByDefinition) : ValidationVisitor
    {
        private List<VariableUsage>? _usages;

        public override void LeaveOperationDefinition(OperationDefinitionNode node) => Store(node);

        public override void LeaveFragmentDefinition(FragmentDefinitionNode node) => Store(node);

        public override void EnterValue(IValueNode node)
        {
            if (node is VariableNode variable)
            {
                (_usages ??= []).Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue is not null, typeInfo.ParentInputObjectType));
            }
        }

        private void Store(IExecutableDefinitionNode definition)
        {
            usagesByDefinition.TryAdd(definition, _usages is null ? [] : _usages);
            _usages = null;
        }
    }
}
