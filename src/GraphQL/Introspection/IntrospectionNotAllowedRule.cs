using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Introspection;

/// <summary>
/// Switches introspection off: a validation rule that rejects the <c>__schema</c> and <c>__type</c> fields of the
/// query root type (<c>__typename</c> stays allowed), with HotChocolate's error — code <c>HC0046</c>, the field's
/// name in <c>extensions.field</c>, and the field's location. Add it to
/// <see cref="ValidationOptions.AdditionalRules"/>; <see cref="Instance"/> uses the default message.
/// </summary>
public sealed class IntrospectionNotAllowedRule(string message = IntrospectionNotAllowedRule.DefaultMessage) : IValidationRule
{
    /// <summary>HotChocolate's code for a request that uses introspection when it is not allowed.</summary>
    public const string ErrorCode = "HC0046";

    public const string DefaultMessage = "Introspection is not allowed for the current request.";

    public static IntrospectionNotAllowedRule Instance { get; } = new();

    /// <summary>The message of the error, e.g. one that tells the client how to get the schema instead.</summary>
    public string Message { get; } = message;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, Message);

    private sealed class Visitor(ValidationContext context, string message) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            var name = node.Name.Value;
            if (name is not ("__schema" or "__type") || context.TypeInfo.ParentType != context.Schema.QueryType)
            {
                return;
            }
            context.ReportError(new GraphQLError(
                message,
                node.Location is { } location ? [location] : null,
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCode, ["field"] = name }));
        }
    }
}
