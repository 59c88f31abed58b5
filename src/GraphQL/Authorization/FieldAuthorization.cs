using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Authorization;

/// <summary>
/// The rules that guard one field of one object type — the type's, the field's, and those of the same field on
/// the interfaces the type implements — composed with the field's resolver once, when an operation is compiled.
/// Fields without rules keep their resolver as it is. Meta fields (<c>__typename</c>…) are never guarded.
/// </summary>
internal sealed class FieldAuthorization
{
    private const string NotAuthenticatedMessage = "The current user is not authenticated.";
    private const string NotAuthorizedMessage = "The current user is not authorized to access this resource.";

    private readonly AuthorizeRule[] _rules;

    private FieldAuthorization(AuthorizeRule[] rules)
    {
        _rules = rules;
    }

    /// <summary>The guard of <paramref name="field"/> on <paramref name="objectType"/>; null when nothing protects it.</summary>
    public static FieldAuthorization? For(ObjectType objectType, OutputField field)
    {
        if (field.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return null;
        }
        List<AuthorizeRule>? rules = null;
        Add(ref rules, objectType.AuthorizationRules);
        Add(ref rules, field.AuthorizationRules);
        foreach (var implemented in objectType.Interfaces)
        {
            if (implemented.Fields.Find(field.Name) is { } interfaceField)
            {
                Add(ref rules, interfaceField.AuthorizationRules);
            }
        }
        return rules is null ? null : new FieldAuthorization([.. rules]);
    }

    private static void Add(ref List<AuthorizeRule>? rules, List<AuthorizeRule> more)
    {
        if (more.Count > 0)
        {
            (rules ??= []).AddRange(more);
        }
    }

    /// <summary>Authorizes, then resolves. A refusal fails the field; the resolver does not run.</summary>
    public FieldResolver Protect(FieldResolver resolver) => async context =>
    {
        await AuthorizeAsync(context).ConfigureAwait(false);
        return await resolver(context).ConfigureAwait(false);
    };

    /// <summary>Authorizes, then creates the event stream; events are not authorized again.</summary>
    public SubscribeResolver Protect(SubscribeResolver subscriber) => async context =>
    {
        await AuthorizeAsync(context).ConfigureAwait(false);
        return await subscriber(context).ConfigureAwait(false);
    };

    /// <summary>Checks every rule with the request's handler; throws the field error of the first refusal.</summary>
    private async ValueTask AuthorizeAsync(IResolverContext context)
    {
        var handler = context.Services.GetService(typeof(IAuthorizationHandler)) as IAuthorizationHandler
            ?? DefaultAuthorizationHandler.Instance;
        foreach (var rule in _rules)
        {
            var result = await handler.AuthorizeAsync(context, rule).ConfigureAwait(false);
            if (!result.IsAllowed)
            {
                throw new GraphQLException(Refusal(result));
            }
        }
    }

    private static GraphQLError Refusal(AuthorizationResult result)
    {
        var (message, code) = result.Status == AuthorizationStatus.NotAuthenticated
            ? (NotAuthenticatedMessage, AuthorizationErrorCodes.NotAuthenticated)
            : (NotAuthorizedMessage, AuthorizationErrorCodes.NotAuthorized);
        return new GraphQLError(result.Message ?? message, extensions: new Dictionary<string, object?> { ["code"] = code });
    }
}
