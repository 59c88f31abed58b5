using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.ExecutionDepth;

/// <summary>
/// Refuses operations whose fields nest deeper than <see cref="ValidationOptions.MaxAllowedExecutionDepth"/>, as
/// HotChocolate's max execution depth rule: a root field has depth 1, each field inside it one more; fragments add
/// nothing. With <see cref="ValidationOptions.SkipIntrospectionFields"/>, fields whose name starts with <c>__</c> and
/// everything under them are not counted. The error names the operation and carries
/// <c>allowedExecutionDepth</c> and <c>detectedExecutionDepth</c>. <see cref="DocumentValidator"/> runs it whenever
/// the option is set, so its result is cached with the document.
/// </summary>
public sealed class MaxExecutionDepthRule(int maxAllowedExecutionDepth, bool skipIntrospectionFields) : IValidationRule
{
    public int MaxAllowedExecutionDepth { get; } = maxAllowedExecutionDepth >= 1
        ? maxAllowedExecutionDepth
        : throw new ArgumentOutOfRangeException(nameof(maxAllowedExecutionDepth), maxAllowedExecutionDepth, "The execution depth allowed must be at least 1.");

    public bool SkipIntrospectionFields { get; } = skipIntrospectionFields;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

    private sealed class Visitor(ValidationContext context, MaxExecutionDepthRule rule) : ValidationVisitor
    {
        // The depth of a fragment's selection set does not depend on where it is spread, so each is measured once.
        private readonly Dictionary<string, int> _fragmentDepths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _measuring = new(StringComparer.Ordinal);

        public override void EnterOperationDefinition(OperationDefinitionNode node)
        {
            var depth = Depth(node.SelectionSet);
            if (depth <= rule.MaxAllowedExecutionDepth)
            {
                return;
            }
            context.ReportError(new GraphQLError(
                $"The GraphQL document has an execution depth of {depth} which exceeds the max allowed execution depth of {rule.MaxAllowedExecutionDepth}.",
                node.Location is { } location ? [location] : null,
                extensions: new Dictionary<string, object?>
                {
                    ["code"] = ValidationErrorCodes.ValidationFailed,
                    ["allowedExecutionDepth"] = rule.MaxAllowedExecutionDepth,
                    ["detectedExecutionDepth"] = depth,
                }));
        }

        /// <summary>The deepest field nesting under a selection set (0 for one without fields).</summary>
        private int Depth(SelectionSetNode selectionSet)
        {
            var deepest = 0;
            foreach (var selection in selectionSet.Selections)
            {
                var depth = selection switch
                {
                    FieldNode field => FieldDepth(field),
                    InlineFragmentNode inline => Depth(inline.SelectionSet),
                    FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                    _ => 0,
                };
                deepest = Math.Max(deepest, depth);
            }
            return deepest;
        }

        private int FieldDepth(FieldNode field)
        {
            if (rule.SkipIntrospectionFields && field.Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                return 0;
            }
            return 1 + (field.SelectionSet is null ? 0 : Depth(field.SelectionSet));
        }

        private int FragmentDepth(string name)
        {
            if (_fragmentDepths.TryGetValue(name, out var known))
            {
                return known;
            }
            // An unknown fragment or a cycle is reported by the specified rules; it adds no depth here.
            if (context.GetFragment(name) is not { } fragment || !_measuring.Add(name))
            {
                return 0;
            }
            var depth = Depth(fragment.SelectionSet);
            _measuring.Remove(name);
            _fragmentDepths[name] = depth;
            return depth;
        }
    }
}
