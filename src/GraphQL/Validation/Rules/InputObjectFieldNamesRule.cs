using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.6.2 Input Object Field Names: every field of an input object value is defined by its input object type.</summary>
public sealed class InputObjectFieldNamesRule : IValidationRule
{
    private const string Section = "sec-Input-Object-Field-Names";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterObjectField(ObjectFieldNode node)
        {
            if (context.TypeInfo.ParentInputObjectType is not { } inputObjectType)
            {
                return;
            }
            var fieldName = node.Name.Value;
            if (inputObjectType.Fields.Contains(fieldName))
            {
                return;
            }
            var hint = Suggestions.DidYouMean(fieldName, inputObjectType.Fields.Select(field => field.Name));
            context.ReportError(
                $"The field \"{fieldName}\" is not defined by input object \"{inputObjectType.Name}\".{hint}",
                Section,
                node);
        }
    }
}
