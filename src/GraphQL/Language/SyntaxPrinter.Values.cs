using System.Globalization;

namespace GraphQL.Language;

/// <summary>Values and type references.</summary>
internal sealed partial class SyntaxPrinter
{
    private void WriteValue(IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable: _builder.Append('$').Append(variable.Name.Value); break;
            case IntValueNode intValue: _builder.Append(intValue.Value); break;
            case FloatValueNode floatValue: _builder.Append(floatValue.Value); break;
            case StringValueNode stringValue: WriteString(stringValue, preferBlock: stringValue.Block); break;
            case BooleanValueNode boolean: _builder.Append(boolean.Value ? "true" : "false"); break;
            case NullValueNode: _builder.Append("null"); break;
            case EnumValueNode enumValue: _builder.Append(enumValue.Value); break;
            case ListValueNode list: WriteListValue(list); break;
            case ObjectValueNode obj: WriteObjectValue(obj); break;
            default: throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Not a value node.");
        }
    }

    private void WriteListValue(ListValueNode list)
    {
        _builder.Append('[');
        for (var i = 0; i < list.Values.Count; i++)
        {
            if (i > 0)
            {
                _builder.Append(", ");
            }
            WriteValue(list.Values[i]);
        }
        _builder.Append(']');
    }

    private void WriteObjectValue(ObjectValueNode obj)
    {
        _builder.Append('{');
        WriteInlineList("", obj.Fields, "");
        _builder.Append('}');
    }

    private void WriteObjectField(ObjectFieldNode field)
    {
        _builder.Append(field.Name.Value).Append(": ");
        WriteValue(field.Value);
    }

    /// <summary>A block string when preferred and it reads back unchanged, else a quoted string.</summary>
    private void WriteString(StringValueNode node, bool preferBlock)
    {
        if (!preferBlock || !BlockStrings.TryPrint(_builder, node.Value, new string(' ', _indentLevel * 2)))
        {
            WriteQuotedString(node.Value);
        }
    }

    /// <summary>
    /// A quoted string: <c>"</c> and <c>\</c> escaped, control characters as short escapes or <c>\uXXXX</c>,
    /// everything else (non-ASCII included) as it is.
    /// </summary>
    private void WriteQuotedString(string value)
    {
        _builder.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (escape is null && c >= ' ' && c is not (>= '\u007F' and <= '\u009F'))
            {
                continue;
            }
            _builder.Append(value, chunkStart, i - chunkStart);
            if (escape is null)
            {
                _builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                _builder.Append(escape);
            }
            chunkStart = i + 1;
        }
        _builder.Append(value, chunkStart, value.Length - chunkStart).Append('"');
    }

    private void WriteType(ITypeNode type)
    {
        switch (type)
        {
            case NamedTypeNode named:
                _builder.Append(named.Name.Value);
                break;
            case ListTypeNode list:
                _builder.Append('[');
                WriteType(list.Type);
                _builder.Append(']');
                break;
            case NonNullTypeNode nonNull:
                WriteType(nonNull.Type);
                _builder.Append('!');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Not a type node.");
        }
    }
}
