using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.5.2.1 Fragment Spread Target Defined: every spread names a fragment defined in the document.</summary>
public sealed class FragmentSpreadTargetDefinedRule : IValidationRule
{
    private const string Section = "sec-Fragment-Spread-Target-Defined";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterFragmentSpread(FragmentSpreadNode node)
        {
            var name = node.Name.Value;
            if (context.GetFragment(name) is not null)
            {
                return;
            }
            var hint = Suggestions.DidYouMean(name, context.Fragments.Keys);
            context.ReportError($"The fragment \"{name}\" is spread here but not defined in the document.{hint}", Section, node);
        }
    }
}
