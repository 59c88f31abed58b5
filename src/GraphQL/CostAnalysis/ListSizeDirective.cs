using System.Diagnostics.CodeAnalysis;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.CostAnalysis;

/// <summary>
/// <c>directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION</c>
/// from IBM's GraphQL cost specification, as HotChocolate 14 defines it; read into a <see cref="ListSize"/>.
/// </summary>
public static class ListSizeDirective
{
    public const string Name = "listSize";

    private const string AssumedSizeArgument = "assumedSize";
    private const string SlicingArgumentsArgument = "slicingArguments";
    private const string SizedFieldsArgument = "sizedFields";
    private const string RequireOneArgument = "requireOneSlicingArgument";

    public static DirectiveDefinition Definition { get; } = CreateDefinition();

    /// <summary>The applied directive for <paramref name="listSize"/>; arguments left at their default are left out.</summary>
    public static DirectiveNode ToNode(ListSize listSize)
    {
        ArgumentNullException.ThrowIfNull(listSize);
        var arguments = new List<ArgumentNode>(4);
        if (listSize.AssumedSize is { } assumed)
        {
            arguments.Add(Argument(AssumedSizeArgument, new IntValueNode(assumed.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
        if (listSize.SlicingArguments.Count > 0)
        {
            arguments.Add(Argument(SlicingArgumentsArgument, Strings(listSize.SlicingArguments)));
        }
        if (listSize.SizedFields.Count > 0)
        {
            arguments.Add(Argument(SizedFieldsArgument, Strings(listSize.SizedFields)));
        }
        if (!listSize.RequireOneSlicingArgument)
        {
            arguments.Add(Argument(RequireOneArgument, new BooleanValueNode(false)));
        }
        return new DirectiveNode(new NameNode(Name), arguments);
    }

    /// <summary>Reads an applied <c>@listSize</c>; <paramref name="problem"/> says what is wrong with it otherwise.</summary>
    internal static bool TryRead(DirectiveNode node, [NotNullWhen(true)] out ListSize? listSize, [NotNullWhen(false)] out string? problem)
    {
        listSize = null;
        int? assumed = null;
        IReadOnlyList<string> slicing = [];
        IReadOnlyList<string> sized = [];
        var requireOne = true;
        foreach (var argument in node.Arguments)
        {
            var value = argument.Value;
            bool valid;
            switch (argument.Name.Value)
            {
                case AssumedSizeArgument:
                    valid = value is NullValueNode || TryReadSize(value, out assumed);
                    break;
                case SlicingArgumentsArgument:
                    valid = TryReadStrings(value, out slicing);
                    break;
                case SizedFieldsArgument:
                    valid = TryReadStrings(value, out sized);
                    break;
                case RequireOneArgument when value is BooleanValueNode boolean:
                    requireOne = boolean.Value;
                    valid = true;
                    break;
                default:
                    valid = false;
                    break;
            }
            if (!valid)
            {
                problem = $"has an invalid argument {argument.Name.Value}: {Printer.PrintValue(value)}.";
                return false;
            }
        }
        listSize = new ListSize(assumed, slicing, sized, requireOne);
        problem = null;
        return true;
    }

    private static bool TryReadSize(IValueNode value, out int? size)
    {
        size = null;
        if (value is IntValueNode number && int.TryParse(number.Value, out var parsed) && parsed >= 0)
        {
            size = parsed;
            return true;
        }
        return false;
    }

    private static bool TryReadStrings(IValueNode value, out IReadOnlyList<string> strings)
    {
        // As for any [String!] input, a single string stands for a list of one.
        IReadOnlyList<IValueNode> items = value switch
        {
            NullValueNode => [],
            ListValueNode list => list.Values,
            _ => [value],
        };
        var read = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item is not StringValueNode text)
            {
                strings = [];
                return false;
            }
            read.Add(text.Value);
        }
        strings = read;
        return true;
    }

    private static ArgumentNode Argument(string name, IValueNode value) => new(new NameNode(name), value);

    private static ListValueNode Strings(IReadOnlyList<string> values) => new([.. values.Select(value => (IValueNode)new StringValueNode(value))]);

    private static DirectiveDefinition CreateDefinition()
    {
        var directive = new DirectiveDefinition(Name)
        {
            Description = "Tells cost analysis how many items a list field returns (IBM GraphQL cost specification).",
            Locations = { DirectiveLocation.FieldDefinition },
        };
        directive.Arguments.Add(new InputField(AssumedSizeArgument, BuiltInScalars.Int)
        {
            Description = "The size assumed when no slicing argument gives it.",
        });
        directive.Arguments.Add(new InputField(SlicingArgumentsArgument, new ListType(new NonNullType(BuiltInScalars.String)))
        {
            Description = "Integer arguments of the field that bound the size of the list; the largest one given counts.",
        });
        directive.Arguments.Add(new InputField(SizedFieldsArgument, new ListType(new NonNullType(BuiltInScalars.String)))
        {
            Description = "Fields of the returned type that hold the list the size applies to, such as a connection's edges and nodes.",
        });
        directive.Arguments.Add(new InputField(RequireOneArgument, new NonNullType(BuiltInScalars.Boolean))
        {
            Description = "Whether exactly one slicing argument must be given.",
            DefaultValue = new BooleanValueNode(true),
        });
        return directive;
    }
}
