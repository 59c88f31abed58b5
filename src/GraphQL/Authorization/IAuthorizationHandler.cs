using GraphQL.Execution;

namespace GraphQL.Authorization;

/// <summary>
/// Decides whether the request's user satisfies a rule. The executor takes it from the request's services
/// (<see cref="IResolverContext.Services"/>), falling back to <see cref="DefaultAuthorizationHandler"/>; it is
/// called before the resolver of every protected field (for subscriptions: once, before subscribing), once per rule.
/// Completing synchronously when possible keeps protected fields allocation-free.
/// </summary>
public interface IAuthorizationHandler
{
    ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeRule rule);
}
