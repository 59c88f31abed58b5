using System.Reflection;
using GraphQL.Relay;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// What <c>[ID]</c> does to code-first members when global object identification is on: output fields return global
/// ids, arguments and input fields read them (see <see cref="IDAttribute"/>). Off, <c>[ID]</c> only sets the type.
/// </summary>
internal static class GlobalIdMembers
{
    /// <summary>Makes the field's resolver return global ids when its member is marked <c>[ID]</c>.</summary>
    public static void FormatOutput(BuildContext context, ComplexType type, OutputField field, MemberInfo member)
    {
        if (context.GlobalIds is null || field.Resolver is null || member.GetCustomAttribute<IDAttribute>() is not { } id)
        {
            return;
        }
        var typeName = id.TypeName ?? type.Name;
        field.Resolver = GlobalIdOutputFormatter.Wrap(field.Resolver, typeName);
        field.ContextData[NodeSchema.GlobalIdKey] = typeName;
    }

    /// <summary>The formatter that reads global ids for an argument or input field marked <c>[ID]</c>; null otherwise.</summary>
    /// <exception cref="CodeFirstException">The raw id's CLR type cannot be held by a global id.</exception>
    public static Func<object, object>? InputFormatter(BuildContext context, TypeShape shape, string subject, params ICustomAttributeProvider?[] declarations)
    {
        if (context.GlobalIds is null ||
            declarations.Select(d => d?.GetCustomAttributes(typeof(IDAttribute), inherit: false).FirstOrDefault()).OfType<IDAttribute>().FirstOrDefault() is not { } id)
        {
            return null;
        }
        var runtimeType = shape.LeafType;
        if (!GlobalId.IsSupportedIdType(runtimeType))
        {
            throw new CodeFirstException(
                $"{subject} is marked [ID], so it takes global ids, but its CLR type '{CodeFirstException.Describe(runtimeType)}' cannot be a raw id; use string, short, int, long or Guid.");
        }
        return GlobalIdInputFormatter.Create(id.TypeName, runtimeType);
    }
}
