using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>
/// What the schema says about the current position of a document walk: the output type and field being
/// selected, the directive and argument being given, and the input type expected for the current value.
/// Every property is null where the document names something the schema does not know; rules that report
/// unknown names say so, the others skip such positions.
/// </summary>
public sealed class TypeInfo
{
    private readonly Stack<IType?> _types = new();
    private readonly Stack<NamedType?> _parentTypes = new();
    private readonly Stack<OutputField?> _fieldDefinitions = new();
    private readonly Stack<IType?> _inputTypes = new();
    private readonly Stack<IValueNode?> _defaultValues = new();
    private readonly Stack<InputObjectType?> _parentInputObjectTypes = new();
    private bool _inDirective;

    internal TypeInfo(Schema schema) => Schema = schema;

    public Schema Schema { get; }

    /// <summary>The output type of the current operation root, fragment, or field.</summary>
    public IType? Type => Peek(_types);

    /// <summary>The composite type whose selection set the walk is in.</summary>
    public NamedType? ParentType => Peek(_parentTypes);

    /// <summary>The definition of the current field.</summary>
    public OutputField? FieldDefinition => Peek(_fieldDefinitions);

    /// <summary>The definition of the current directive, while its arguments are walked.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the current argument (of a field or directive).</summary>
    public InputField? Argument { get; private set; }

    /// <summary>The type expected for the current value.</summary>
    public IType? InputType => Peek(_inputTypes);

    /// <summary>The input object type whose field the current value is; null for arguments and list items.</summary>
    public InputObjectType? ParentInputObjectType => Peek(_parentInputObjectTypes);

    /// <summary>The default value of the argument or input field the current value is given to.</summary>
    public IValueNode? DefaultValue => Peek(_defaultValues);

    internal void EnterOperationDefinition(OperationDefinitionNode node) => _types.Push(Schema.GetRootType(node.Operation));

    internal void LeaveOperationDefinition() => _types.Pop();

    internal void EnterFragmentDefinition(FragmentDefinitionNode node) => _types.Push(OutputTypeNamed(node.TypeCondition));

    internal void LeaveFragmentDefinition() => _types.Pop();

    internal void EnterInlineFragment(InlineFragmentNode node) =>
        _types.Push(node.TypeCondition is null ? Type?.NamedType() : OutputTypeNamed(node.TypeCondition));

    internal void LeaveInlineFragment() => _types.Pop();

    internal void EnterSelectionSet()
    {
        var named = Type?.NamedType();
        _parentTypes.Push(named is not null && named.IsCompositeType() ? named : null);
    }

    internal void LeaveSelectionSet() => _parentTypes.Pop();

    internal void EnterField(FieldNode node)
    {
        var parentType = ParentType;
        var definition = parentType is null ? null : Schema.FindField(parentType, node.Name.Value);
        _fieldDefinitions.Push(definition);
        _types.Push(definition?.Type);
    }

    internal void LeaveField()
    {
        _fieldDefinitions.Pop();
        _types.Pop();
    }

    internal void EnterDirective(DirectiveNode node)
    {
        _inDirective = true;
        Directive = Schema.FindDirective(node.Name.Value);
    }

    internal void LeaveDirective()
    {
        _inDirective = false;
        Directive = null;
    }

    internal void EnterVariableDefinition(VariableDefinitionNode node)
    {
        var type = Schema.TypeFromAst(node.Type);
        EnterInputPosition(type is not null && type.IsInputType() ? type : null, defaultValue: null, parentInputObjectType: null);
    }

    internal void LeaveVariableDefinition() => LeaveInputPosition();

    internal void EnterArgument(ArgumentNode node)
    {
        var arguments = _inDirective ? Directive?.Arguments : FieldDefinition?.Arguments;
        Argument = arguments?.Find(node.Name.Value);
        EnterInputPosition(Argument?.Type, Argument?.DefaultValue, parentInputObjectType: null);
    }

    internal void LeaveArgument()
    {
        Argument = null;
        LeaveInputPosition();
    }

    /// <summary>Moves from a list value to its items.</summary>
    internal void EnterListItems()
    {
        var listType = InputType?.Nullable();
        EnterInputPosition(listType is ListType list ? list.OfType : listType, defaultValue: null, parentInputObjectType: null);
    }

    internal void LeaveListItems() => LeaveInputPosition();

    /// <summary>Moves from an input object value to one of its fields.</summary>
    internal void EnterObjectField(ObjectFieldNode node)
    {
        var objectType = InputType?.NamedType() as InputObjectType;
        var field = objectType?.Fields.Find(node.Name.Value);
        EnterInputPosition(field?.Type, field?.DefaultValue, objectType);
    }

    internal void LeaveObjectField() => LeaveInputPosition();

    private NamedType? OutputTypeNamed(NamedTypeNode node)
    {
        var type = Schema.FindType(node.Name.Value);
        return type is not null && type.IsOutputType() ? type : null;
    }

    private void EnterInputPosition(IType? type, IValueNode? defaultValue, InputObjectType? parentInputObjectType)
    {
        _inputTypes.Push(type);
        _defaultValues.Push(defaultValue);
        _parentInputObjectTypes.Push(parentInputObjectType);
    }

    private void LeaveInputPosition()
    {
        _inputTypes.Pop();
        _defaultValues.Pop();
        _parentInputObjectTypes.Pop();
    }

    private static T? Peek<T>(Stack<T?> stack) where T : class => stack.TryPeek(out var top) ? top : null;
}
