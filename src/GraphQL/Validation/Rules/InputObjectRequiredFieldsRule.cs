using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.6.4 Input Object Required Fields: an input object value gives every field of non-null type that has no
/// default value. (An explicit <c>null</c> for such a field is reported by the values rule, 5.6.1.)
/// </summary>
public sealed class InputObjectRequiredFieldsRule : IValidationRule
{
    private const string Section = "sec-Input-Object-Required-Fields";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterValue(IValueNode node)
        {
            if (node is not ObjectValueNode inputObject || context.TypeInfo.InputType?.NamedType() is not InputObjectType inputObjectType)
            {
                return;
            }
            for (var i = 0; i < inputObjectType.Fields.Count; i++)
            {
                var field = inputObjectType.Fields[i];
                if (field.IsRequired && inputObject.Fields.FindByName(field.Name) is null)
                {
                    context.ReportError(
                        $"The field \"{field.Name}\" of type \"{field.Type.Print()}\" is required by input object \"{inputObjectType.Name}\", but it was not given.",
                        Section,
                        inputObject);
                }
            }
        }
    }
}
