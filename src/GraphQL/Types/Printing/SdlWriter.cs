using System.Text;
using GraphQL.Language;

namespace GraphQL.Types.Printing;

/// <summary>
/// Writes type system definitions as SDL text for <see cref="SchemaPrinter"/>, definitions separated by a blank
/// line. Strings, values and applied directives are printed by <see cref="Printer"/>.
/// </summary>
internal sealed class SdlWriter(SchemaPrinterOptions options)
{
    private const string Indent = "  ";

    private readonly StringBuilder _text = new();

    public SchemaPrinterOptions Options { get; } = options;

    public void WriteSchemaDefinition(Schema schema)
    {
        StartDefinition();
        WriteDescription(schema.Description, "", firstInBlock: true);
        _text.Append("schema");
        WriteAppliedDirectives(schema.SchemaDirectives);
        _text.Append(" {\n");
        WriteRootType("query", schema.QueryType);
        WriteRootType("mutation", schema.MutationType);
        WriteRootType("subscription", schema.SubscriptionType);
        _text.Append('}');
    }

    public void WriteDirectiveDefinition(DirectiveDefinition directive, IReadOnlyList<DirectiveLocation> locations)
    {
        StartDefinition();
        WriteDescription(directive.Description, "", firstInBlock: true);
        _text.Append("directive @").Append(directive.Name);
        WriteArguments(directive.Arguments, "");
        if (directive.IsRepeatable)
        {
            _text.Append(" repeatable");
        }
        _text.Append(" on ");
        for (var i = 0; i < locations.Count; i++)
        {
            _text.Append(i == 0 ? "" : " | ").Append(locations[i].ToGraphQLName());
        }
    }

    public void WriteType(NamedType type, Schema schema)
    {
        StartDefinition();
        WriteDescription(type.Description, "", firstInBlock: true);
        switch (type)
        {
            case ScalarType scalar:
                _text.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is not null)
                {
                    WriteDirective(BuiltInDirectives.SpecifiedBy.Name, "url", new StringValueNode(scalar.SpecifiedByUrl));
                }
                WriteAppliedDirectives(scalar.Directives);
                break;
            case ComplexType complex:
                _text.Append(complex is InterfaceType ? "interface " : "type ").Append(complex.Name);
                WriteImplementedInterfaces(complex.Interfaces);
                WriteAppliedDirectives(complex.Directives);
                WriteBlock(complex.Fields, WriteField);
                break;
            case UnionType union:
                _text.Append("union ").Append(union.Name);
                WriteAppliedDirectives(union.Directives);
                for (var i = 0; i < union.Types.Count; i++)
                {
                    _text.Append(i == 0 ? " = " : " | ").Append(union.Types[i].Name);
                }
                break;
            case EnumType enumType:
                _text.Append("enum ").Append(enumType.Name);
                WriteAppliedDirectives(enumType.Directives);
                WriteBlock(enumType.Values, WriteEnumValue);
                break;
            case InputObjectType input:
                _text.Append("input ").Append(input.Name);
                if (input.IsOneOf)
                {
                    _text.Append(" @").Append(BuiltInDirectives.OneOf.Name);
                }
                WriteAppliedDirectives(input.Directives);
                WriteBlock(input.Fields, (field, first) => WriteInputValue(field, Indent, first));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), $"The schema printer cannot print the type '{type.Name}' of kind {type.Kind}.");
        }
    }

    public override string ToString() => _text.ToString();

    private void StartDefinition()
    {
        if (_text.Length > 0)
        {
            _text.Append("\n\n");
        }
    }

    private void WriteRootType(string operation, ObjectType? rootType)
    {
        if (rootType is not null)
        {
            _text.Append(Indent).Append(operation).Append(": ").Append(rootType.Name).Append('\n');
        }
    }

    private void WriteImplementedInterfaces(List<InterfaceType> interfaces)
    {
        for (var i = 0; i < interfaces.Count; i++)
        {
            _text.Append(i == 0 ? " implements " : " & ").Append(interfaces[i].Name);
        }
    }

    /// <summary>A member list in braces, one member a line; nothing at all when there are no members.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> members, Action<T, bool> writeMember)
    {
        if (members.Count == 0)
        {
            return;
        }
        _text.Append(" {");
        for (var i = 0; i < members.Count; i++)
        {
            _text.Append('\n');
            writeMember(members[i], i == 0);
        }
        _text.Append("\n}");
    }

    private void WriteField(OutputField field, bool firstInBlock)
    {
        WriteDescription(field.Description, Indent, firstInBlock);
        _text.Append(Indent).Append(field.Name);
        WriteArguments(field.Arguments, Indent);
        _text.Append(": ").Append(field.Type.Print());
        WriteDeprecation(field.DeprecationReason);
        WriteAppliedDirectives(field.Directives);
    }

    private void WriteEnumValue(EnumValue value, bool firstInBlock)
    {
        WriteDescription(value.Description, Indent, firstInBlock);
        _text.Append(Indent).Append(value.Name);
        WriteDeprecation(value.DeprecationReason);
        WriteAppliedDirectives(value.Directives);
    }

    /// <summary>Arguments on one line, or one a line when any of them has a description.</summary>
    private void WriteArguments(IReadOnlyList<InputField> arguments, string indent)
    {
        if (arguments.Count == 0)
        {
            return;
        }
        var oneALine = Options.IncludeDescriptions && arguments.Any(argument => argument.Description is not null);
        _text.Append('(');
        for (var i = 0; i < arguments.Count; i++)
        {
            if (oneALine)
            {
                _text.Append('\n');
                WriteInputValue(arguments[i], indent + Indent, firstInBlock: i == 0);
            }
            else
            {
                _text.Append(i == 0 ? "" : ", ");
                WriteInputValue(arguments[i], "", firstInBlock: true);
            }
        }
        _text.Append(oneALine ? "\n" + indent + ")" : ")");
    }

    private void WriteInputValue(InputField input, string indent, bool firstInBlock)
    {
        WriteDescription(input.Description, indent, firstInBlock);
        _text.Append(indent).Append(input.Name).Append(": ").Append(input.Type.Print());
        if (input.DefaultValue is SyntaxNode defaultValue)
        {
            _text.Append(" = ").Append(Printer.Print(defaultValue));
        }
        WriteDeprecation(input.DeprecationReason);
        WriteAppliedDirectives(input.Directives);
    }

    /// <summary>
    /// The description on the lines before a definition or member; a member other than the first of its block gets
    /// a blank line before its description so that described members stand apart.
    /// </summary>
    private void WriteDescription(string? description, string indent, bool firstInBlock)
    {
        if (description is null || !Options.IncludeDescriptions)
        {
            return;
        }
        if (!firstInBlock)
        {
            _text.Append('\n');
        }
        var printed = Printer.Print(new StringValueNode(description, block: description.Contains('\n')));
        _text.Append(indent);
        // Only a block string spans lines; indenting its lines is undone when it is read back (common indentation).
        // Empty lines stay empty rather than end in spaces.
        for (var i = 0; i < printed.Length; i++)
        {
            _text.Append(printed[i]);
            if (printed[i] == '\n' && i + 1 < printed.Length && printed[i + 1] != '\n')
            {
                _text.Append(indent);
            }
        }
        _text.Append('\n');
    }

    private void WriteDeprecation(string? reason)
    {
        if (reason is null)
        {
            return;
        }
        if (reason == BuiltInDirectives.DefaultDeprecationReason)
        {
            _text.Append(" @").Append(BuiltInDirectives.Deprecated.Name);
            return;
        }
        WriteDirective(BuiltInDirectives.Deprecated.Name, "reason", new StringValueNode(reason));
    }

    private void WriteDirective(string name, string argumentName, IValueNode value) =>
        _text.Append(' ').Append(Printer.Print(new DirectiveNode(new NameNode(name), [new ArgumentNode(new NameNode(argumentName), value)])));

    private void WriteAppliedDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        if (!Options.IncludeAppliedDirectives)
        {
            return;
        }
        foreach (var directive in directives)
        {
            _text.Append(' ').Append(Printer.Print(directive));
        }
    }
}
