using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1 Values of Correct Type: every literal can be coerced to the type expected where it is written: scalars
/// by their <see cref="ScalarType.ParseLiteral"/>, enums by value name, null only where nullable, and OneOf input
/// objects with exactly one field, which is not null. Variables are checked by 5.8.5; unknown and missing input
/// fields by 5.6.2 and 5.6.4.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    private const string Section = "sec-Values-of-Correct-Type";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        /// <summary>The argument, input field or variable definition each value being walked is given to.</summary>
        private readonly Stack<(SyntaxNode Node, InputObjectType? Owner)> _positions = new();

        /// <summary>A list or object already checked as a single value; its parts are not checked again.</summary>
        private IValueNode? _checkedWhole;

        /// <summary>The list and object values around the value being walked, innermost on top.</summary>
        private readonly Stack<IValueNode> _containers = new();

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _positions.Push((node, null));

        public override void LeaveVariableDefinition(VariableDefinitionNode node) => _positions.Pop();

        public override void EnterArgument(ArgumentNode node) => _positions.Push((node, null));

        public override void LeaveArgument(ArgumentNode node) => _positions.Pop();

        public override void EnterObjectField(ObjectFieldNode node) => _positions.Push((node, context.TypeInfo.ParentInputObjectType));

        public override void LeaveObjectField(ObjectFieldNode node) => _positions.Pop();

        public override void LeaveValue(IValueNode node)
        {
            if (ReferenceEquals(node, _checkedWhole))
            {
                _checkedWhole = null;
            }
            if (_containers.TryPeek(out var container) && ReferenceEquals(container, node))
            {
                _containers.Pop();
            }
        }

        public override void EnterValue(IValueNode node)
        {
            if (_checkedWhole is not null || context.TypeInfo.InputType is not { } type)
            {
                return;
            }
            switch (node)
            {
                case VariableNode:
                    return;
                case NullValueNode:
                    CheckNull(node, type);
                    return;
                case ListValueNode when type.Nullable() is ListType:
                    // Each item is checked against the item type.
                    _containers.Push(node);
                    return;
                case not ListValueNode when type.Nullable() is ListType && IsListItem():
                    // Spec 3.11: a single value becomes a list of one only at the top; the items of a list
                    // given for [[Int]] must be lists themselves.
                    ReportWrongValue(node, type, " The items of a list of lists must be lists.");
                    return;
                case ObjectValueNode inputObject when type.NamedType() is InputObjectType inputObjectType:
                    // Each field is checked against its own type.
                    _containers.Push(node);
                    if (inputObjectType.IsOneOf && inputObject.Fields.Count != 1)
                    {
                        context.ReportError(
                            $"The OneOf input object \"{inputObjectType.Name}\" given to {DescribePosition()} must have exactly one field, but {inputObject.Fields.Count} were given.",
                            Section,
                            (SyntaxNode)node);
                    }
                    return;
                default:
                    CheckWhole(node, type);
                    if (node is ListValueNode or ObjectValueNode)
                    {
                        _checkedWhole = node;
                    }
                    return;
            }
        }

        private bool IsListItem() => _containers.TryPeek(out var container) && container is ListValueNode;

        private void CheckNull(IValueNode node, IType type)
        {
            if (type.IsNonNull())
            {
                context.ReportError(
                    $"The value null is not allowed for {DescribePosition()}, whose type \"{type.Print()}\" is non-null.",
                    Section,
                    (SyntaxNode)node);
            }
            else if (context.TypeInfo.ParentInputObjectType is { IsOneOf: true } oneOf)
            {
                context.ReportError(
                    $"The value null is not allowed for {DescribePosition()}: the one field given to a OneOf input object such as \"{oneOf.Name}\" must not be null.",
                    Section,
                    (SyntaxNode)node);
            }
        }

        /// <summary>Checks a literal, or a list or object where a single value of the named type is expected.</summary>
        private void CheckWhole(IValueNode node, IType type)
        {
            switch (type.NamedType())
            {
                case ScalarType scalar:
                    try
                    {
                        scalar.ParseLiteral(node);
                    }
                    catch (CoercionException exception)
                    {
                        ReportWrongValue(node, type, " " + exception.Message);
                    }
                    break;
                case EnumType enumType when node is EnumValueNode enumValue:
                    if (!enumType.Values.Contains(enumValue.Value))
                    {
                        var hint = Suggestions.DidYouMean(enumValue.Value, enumType.Values.Select(value => value.Name));
                        context.ReportError(
                            $"The value \"{enumValue.Value}\" given to {DescribePosition()} does not exist in enum \"{enumType.Name}\".{hint}",
                            Section,
                            (SyntaxNode)node);
                    }
                    break;
                case EnumType enumType:
                    var quoted = node is StringValueNode text && enumType.Values.Contains(text.Value)
                        ? $" Enum values are written without quotes: {text.Value}."
                        : "";
                    ReportWrongValue(node, type, quoted);
                    break;
                default:
                    ReportWrongValue(node, type, "");
                    break;
            }
        }

        private void ReportWrongValue(IValueNode node, IType type, string detail) => context.ReportError(
            $"Expected a value of type \"{type.Print()}\" for {DescribePosition()}, but found {node}.{detail}",
            Section,
            (SyntaxNode)node);

        private string DescribePosition()
        {
            if (!_positions.TryPeek(out var position))
            {
                return "this position";
            }
            var typeInfo = context.TypeInfo;
            return position.Node switch
            {
                VariableDefinitionNode variable => $"the default value of variable \"${variable.Variable.Name.Value}\"",
                ObjectFieldNode field => $"field \"{field.Name.Value}\" of input object \"{position.Owner?.Name}\"",
                ArgumentNode argument when typeInfo.Directive is { } directive => $"argument \"{argument.Name.Value}\" of directive \"@{directive.Name}\"",
                ArgumentNode argument when typeInfo.FieldDefinition is { } field && typeInfo.ParentType is { } parent =>
                    $"argument \"{argument.Name.Value}\" of field \"{parent.Name}.{field.Name}\"",
                ArgumentNode argument => $"argument \"{argument.Name.Value}\"",
                _ => "this position",
            };
        }
    }
}
