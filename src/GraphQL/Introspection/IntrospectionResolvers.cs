using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// Building blocks of the introspection types: their enums, their fields, and resolvers that read a property of
/// the model object (<see cref="IType"/>, <see cref="OutputField"/>, <see cref="InputField"/>, …) that is the parent
/// value. The resolvers complete synchronously and allocate nothing per call, except a filtered list when
/// deprecated members are left out.
/// </summary>
internal static class IntrospectionResolvers
{
    private static readonly object True = true;
    private static readonly object False = false;

    /// <summary>A resolver returning what <paramref name="read"/> takes from the parent.</summary>
    public static FieldResolver Read<TParent>(Func<TParent, object?> read) =>
        context => new ValueTask<object?>(read((TParent)context.ParentValue!));

    /// <summary>A resolver returning a Boolean the parent has, without boxing on every call.</summary>
    public static FieldResolver Flag<TParent>(Func<TParent, bool> read) =>
        context => new ValueTask<object?>(Box(read((TParent)context.ParentValue!)));

    /// <summary>The Boolean as one of two shared boxes.</summary>
    public static object Box(bool value) => value ? True : False;

    /// <summary>An enum whose values are the members of <typeparamref name="TEnum"/>, which are their runtime values.</summary>
    public static EnumType EnumOf<TEnum>(string name, string description, Func<TEnum, string> valueName, Func<TEnum, string> valueDescription)
        where TEnum : struct, Enum
    {
        var type = new EnumType(name) { Description = description, RuntimeType = typeof(TEnum) };
        foreach (var member in Enum.GetValues<TEnum>())
        {
            type.Values.Add(new EnumValue(valueName(member), member) { Description = valueDescription(member) });
        }
        return type;
    }

    /// <summary>The <c>name</c> and <c>description</c> fields of a named element.</summary>
    public static void AddNameAndDescription<TParent>(
        NamedCollection<OutputField> fields, Func<TParent, string> name, Func<TParent, string?> description)
    {
        fields.Add(new OutputField("name", new NonNullType(BuiltInScalars.String)) { Resolver = Read(name) });
        fields.Add(new OutputField("description", BuiltInScalars.String) { Resolver = Read(description) });
    }

    /// <summary>The <c>isDeprecated</c> and <c>deprecationReason</c> fields of an element that can be deprecated.</summary>
    public static void AddDeprecation<TParent>(NamedCollection<OutputField> fields, Func<TParent, string?> deprecationReason)
    {
        fields.Add(new OutputField("isDeprecated", new NonNullType(BuiltInScalars.Boolean))
        {
            Resolver = Flag<TParent>(parent => deprecationReason(parent) is not null),
        });
        fields.Add(new OutputField("deprecationReason", BuiltInScalars.String) { Resolver = Read(deprecationReason) });
    }

    /// <summary>
    /// A list field with an <c>includeDeprecated: Boolean = false</c> argument: <paramref name="read"/> gives the members
    /// (null when the parent has none of that kind); deprecated ones are left out unless the argument is true.
    /// </summary>
    public static OutputField FilteredList<TParent, TMember>(
        string name, IType type, string description, Func<TParent, IReadOnlyList<TMember>?> read, Func<TMember, bool> isDeprecated) =>
        new(name, type)
        {
            Description = description,
            Arguments = { new InputField("includeDeprecated", BuiltInScalars.Boolean) { DefaultValue = new Language.BooleanValueNode(false) } },
            Resolver = context =>
            {
                var members = read((TParent)context.ParentValue!);
                return new ValueTask<object?>(members is null || IncludeDeprecated(context) ? members : WithoutDeprecated(members, isDeprecated));
            },
        };

    private static bool IncludeDeprecated(IResolverContext context) =>
        context.Arguments.TryGetValue("includeDeprecated", out var value) && value is true;

    private static IReadOnlyList<TMember> WithoutDeprecated<TMember>(IReadOnlyList<TMember> members, Func<TMember, bool> isDeprecated)
    {
        var deprecated = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (isDeprecated(members[i]))
            {
                deprecated++;
            }
        }
        if (deprecated == 0)
        {
            return members;
        }
        var kept = new TMember[members.Count - deprecated];
        var next = 0;
        for (var i = 0; i < members.Count; i++)
        {
            if (!isDeprecated(members[i]))
            {
                kept[next++] = members[i];
            }
        }
        return kept;
    }
}
