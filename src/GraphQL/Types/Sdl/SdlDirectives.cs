using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Reads the built-in directives the model keeps as properties out of applied directive lists. Only the first
/// occurrence becomes the property; any repetition stays in the list, so the schema validator reports it.
/// </summary>
internal static class SdlDirectives
{
    /// <summary>
    /// Copies <paramref name="directives"/> into <paramref name="others"/>, except the first <c>@deprecated</c>,
    /// whose reason (or the default reason) it returns; null when the element is not deprecated.
    /// </summary>
    public static string? TakeDeprecation(IReadOnlyList<DirectiveNode> directives, List<DirectiveNode> others)
    {
        string? reason = null;
        foreach (var directive in directives)
        {
            if (reason is null && directive.Name.Value == BuiltInDirectives.Deprecated.Name)
            {
                reason = StringArgument(directive, "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
            }
            else
            {
                others.Add(directive);
            }
        }
        return reason;
    }

    /// <summary>The value of a string argument, or null when it is missing or not a string.</summary>
    public static string? StringArgument(DirectiveNode directive, string name) =>
        (directive.Arguments.FindByName(name)?.Value as StringValueNode)?.Value;
}
