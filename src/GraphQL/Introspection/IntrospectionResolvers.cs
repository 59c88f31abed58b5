using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// Building blocks for the resolvers of the introspection types: each reads a property of the model object
/// (<see cref="IType"/>, <see cref="OutputField"/>, <see cref="InputField"/>, …) that is the parent value.
/// They complete synchronously and allocate nothing per call, except a filtered list when deprecated members are
/// left out.
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

    /// <summary>
    /// A resolver for a list with an <c>includeDeprecated</c> argument: <paramref name="read"/> gives the members
    /// (null when the parent has none of that kind); deprecated ones are left out unless the argument is true.
    /// </summary>
    public static FieldResolver ReadFiltered<TParent, TMember>(
        Func<TParent, IReadOnlyList<TMember>?> read, Func<TMember, bool> isDeprecated) =>
        context =>
        {
            var members = read((TParent)context.ParentValue!);
            return new ValueTask<object?>(members is null || IncludeDeprecated(context) ? members : WithoutDeprecated(members, isDeprecated));
        };

    /// <summary>The <c>includeDeprecated: Boolean = false</c> argument every filtered list takes.</summary>
    public static InputField IncludeDeprecatedArgument() => new("includeDeprecated", BuiltInScalars.Boolean)
    {
        DefaultValue = new Language.BooleanValueNode(false),
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
