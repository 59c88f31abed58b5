using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Writes nodes into one <see cref="StringBuilder"/> for <see cref="Printer"/>. This file holds the dispatch on
/// node kind and the layout helpers; the node forms are in the other parts of the class.
/// </summary>
internal sealed partial class SyntaxPrinter
{
    private readonly StringBuilder _builder = new();
    private int _indentLevel;

    public override string ToString() => _builder.ToString();

    public void Write(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document: WriteDocument(document); break;
            case OperationDefinitionNode operation: WriteOperation(operation); break;
            case VariableDefinitionNode variable: WriteVariableDefinition(variable); break;
            case SelectionSetNode selectionSet: WriteSelectionSet(selectionSet); break;
            case FieldNode field: WriteField(field); break;
            case FragmentSpreadNode spread: WriteFragmentSpread(spread); break;
            case InlineFragmentNode inlineFragment: WriteInlineFragment(inlineFragment); break;
            case FragmentDefinitionNode fragment: WriteFragmentDefinition(fragment); break;
            case ArgumentNode argument: WriteArgument(argument); break;
            case DirectiveNode directive: WriteDirective(directive); break;
            case NameNode name: _builder.Append(name.Value); break;
            case ObjectFieldNode field: WriteObjectField(field); break;
            case IValueNode value: WriteValue(value); break;
            case ITypeNode type: WriteType(type); break;
            default: WriteTypeSystemNode(node); break;
        }
    }

    private void WriteDocument(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append("\n\n");
            }
            Write((SyntaxNode)document.Definitions[i]);
        }
    }

    /// <summary>Starts a new line at the current indentation.</summary>
    private void NewLine() => _builder.Append('\n').Append(' ', _indentLevel * 2);

    /// <summary><c>{</c>, each item on its own indented line, <c>}</c>; an empty list prints <c>{}</c>.</summary>
    private void WriteBlock<T>(IReadOnlyList<T> items)
    {
        _builder.Append('{');
        _indentLevel++;
        foreach (var item in items)
        {
            NewLine();
            Write((SyntaxNode)(object)item!);
        }
        _indentLevel--;
        if (items.Count > 0)
        {
            NewLine();
        }
        _builder.Append('}');
    }

    /// <summary><c>open a, b, c close</c>; nothing at all when the list is empty.</summary>
    private void WriteInlineList<T>(string open, IReadOnlyList<T> items, string close)
    {
        if (items.Count == 0)
        {
            return;
        }
        _builder.Append(open);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }
            Write((SyntaxNode)(object)items[i]!);
        }
        _builder.Append(close);
    }

    /// <summary>
    /// Argument or variable definitions: <c>(a, b)</c> inline, or one per line (for when some carry descriptions).
    /// </summary>
    private void WriteParenthesized<T>(IReadOnlyList<T> items, bool onePerLine)
    {
        if (!onePerLine)
        {
            WriteInlineList("(", items, ")");
            return;
        }
        _builder.Append('(');
        _indentLevel++;
        foreach (var item in items)
        {
            NewLine();
            Write((SyntaxNode)(object)item!);
        }
        _indentLevel--;
        NewLine();
        _builder.Append(')');
    }

    /// <summary>Each directive preceded by a space.</summary>
    private void WriteDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _builder.Append(' ');
            WriteDirective(directive);
        }
    }

    private void WriteDirective(DirectiveNode directive)
    {
        _builder.Append('@').Append(directive.Name.Value);
        WriteInlineList("(", directive.Arguments, ")");
    }

    private void WriteArgument(ArgumentNode argument)
    {
        _builder.Append(argument.Name.Value).Append(": ");
        WriteValue(argument.Value);
    }
}
