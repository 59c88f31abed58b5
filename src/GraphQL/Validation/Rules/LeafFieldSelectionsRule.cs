using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.3.3 Leaf Field Selections: fields of scalar or enum type have no selection set; fields of object, interface
/// or union type have one.
/// </summary>
public sealed class LeafFieldSelectionsRule : IValidationRule
{
    private const string Section = "sec-Leaf-Field-Selections";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            if (context.TypeInfo.Type is not { } type)
            {
                return;
            }
            var fieldName = node.Name.Value;
            var namedType = type.NamedType();
            if (namedType.IsLeafType() && node.SelectionSet is not null)
            {
                var kind = namedType is EnumType ? "an enum" : "a scalar";
                context.ReportError(
                    $"The field \"{fieldName}\" returns {kind} (\"{type.Print()}\") and must not have a selection of subfields.",
                    Section,
                    node.SelectionSet);
            }
            else if (namedType.IsCompositeType() && node.SelectionSet is null)
            {
                context.ReportError(
                    $"The field \"{fieldName}\" of type \"{type.Print()}\" must have a selection of subfields, as in \"{fieldName} {{ ... }}\".",
                    Section,
                    node);
            }
        }
    }
}
