using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.5.2.2 Fragment Spreads Must Not Form Cycles: no fragment spreads itself, directly or through other fragments.
/// Each cycle is reported once, with the spreads that form it.
/// </summary>
public sealed class FragmentSpreadsMustNotFormCyclesRule : IValidationRule
{
    private const string Section = "sec-Fragment-Spreads-Must-Not-Form-Cycles";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        /// <summary>Fragments whose spreads have all been explored; no cycle is left to find through them.</summary>
        private readonly HashSet<string> _explored = new(StringComparer.Ordinal);

        public override void EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            if (!_explored.Contains(node.Name.Value))
            {
                FindCycles(node);
            }
        }

        /// <summary>
        /// A depth-first search from <paramref name="start"/>, iterative so that long chains of fragments cannot
        /// exhaust the stack. The path holds the spreads followed from the start to the fragment being explored.
        /// </summary>
        private void FindCycles(FragmentDefinitionNode start)
        {
            var path = new List<FragmentSpreadNode>();
            var pathIndexByFragment = new Dictionary<string, int>(StringComparer.Ordinal);
            var frames = new Stack<(string Fragment, IReadOnlyList<FragmentSpreadNode> Spreads, int Next)>();
            Enter(start, path, pathIndexByFragment, frames);

            while (frames.TryPop(out var frame))
            {
                if (frame.Next == frame.Spreads.Count)
                {
                    pathIndexByFragment.Remove(frame.Fragment);
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }
                    continue;
                }
                frames.Push(frame with { Next = frame.Next + 1 });
                var spread = frame.Spreads[frame.Next];
                var target = spread.Name.Value;
                if (pathIndexByFragment.TryGetValue(target, out var cycleStart))
                {
                    ReportCycle(target, [.. path[cycleStart..], spread]);
                }
                else if (!_explored.Contains(target) && context.GetFragment(target) is { } fragment)
                {
                    path.Add(spread);
                    Enter(fragment, path, pathIndexByFragment, frames);
                }
            }
        }

        private void Enter(
            FragmentDefinitionNode fragment,
            List<FragmentSpreadNode> path,
            Dictionary<string, int> pathIndexByFragment,
            Stack<(string, IReadOnlyList<FragmentSpreadNode>, int)> frames)
        {
            var name = fragment.Name.Value;
            _explored.Add(name);
            pathIndexByFragment[name] = path.Count;
            frames.Push((name, context.GetFragmentSpreads(fragment.SelectionSet), 0));
        }

        private void ReportCycle(string fragment, List<FragmentSpreadNode> cycle)
        {
            var via = cycle.Count > 1
                ? " via " + string.Join(", ", cycle.Take(cycle.Count - 1).Select(spread => $"\"{spread.Name.Value}\""))
                : "";
            context.ReportError(
                $"The fragment \"{fragment}\" cannot be spread within itself{via}: fragment spreads must not form cycles.",
                Section,
                [.. cycle]);
        }
    }
}
