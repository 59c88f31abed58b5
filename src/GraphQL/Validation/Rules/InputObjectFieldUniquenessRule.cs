using GraphQL.Language;

namespace GraphQL.Validation.Rules;

/// <summary>5.6.3 Input Object Field Uniqueness: an input object value gives each field at most once.</summary>
public sealed class InputObjectFieldUniquenessRule : IValidationRule
{
    private const string Section = "sec-Input-Object-Field-Uniqueness";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterValue(IValueNode node)
        {
            if (node is not ObjectValueNode inputObject)
            {
                return;
            }
            foreach (var (name, duplicates) in Duplicates.Find(inputObject.Fields, field => field.Name.Value))
            {
                context.ReportError(
                    $"The input field \"{name}\" is given {duplicates.Count} times in the same input object value; it may be given only once.",
                    Section,
                    [.. duplicates]);
            }
        }
    }
}
