using System.Security.Claims;
using GraphQL.Authorization;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;

namespace GraphQL.Tests.Authorization;

/// <summary>The rule model and the built-in handler on their own.</summary>
public sealed class AuthorizationRulesAndHandlerTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("type Query { report: String }").Build();

    [Fact]
    public void A_rule_prints_as_the_directive_it_stands_for()
    {
        Assert.Equal("@authorize", AuthorizeRule.Authenticated.ToString());
        Assert.Equal("@authorize(policy: \"Staff\", roles: [\"a\", \"b\"])", new AuthorizeRule("Staff", ["a", "b"]).ToString());
    }

    [Fact]
    public void A_rule_rejects_empty_names()
    {
        Assert.Equal("Invalid authorization rule: the policy name is empty.", Assert.Throws<ArgumentException>(() => new AuthorizeRule("")).Message);
        Assert.Equal("Invalid authorization rule: a role is null or empty.", Assert.Throws<ArgumentException>(() => new AuthorizeRule(roles: ["admin", " "])).Message);
    }

    [Fact]
    public void The_model_extensions_add_the_rule_and_the_applied_directive()
    {
        var type = new ObjectType("Vault").Authorize(new AuthorizeRule(roles: ["admin"]));
        var field = new OutputField("secret", BuiltInScalars.String).Authorize(new AuthorizeRule("Staff"));

        Assert.Equal("@authorize(roles: [\"admin\"])", GraphQL.Language.Printer.Print(Assert.Single(type.Directives)));
        Assert.Equal(["admin"], Assert.Single(type.AuthorizationRules).Roles);
        Assert.Equal("@authorize(policy: \"Staff\")", GraphQL.Language.Printer.Print(Assert.Single(field.Directives)));
        Assert.Equal("Staff", Assert.Single(field.AuthorizationRules).Policy);
    }

    [Fact]
    public async Task The_default_handler_needs_an_authenticated_identity()
    {
        var unauthenticated = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "admin")]));
        var secondIdentityAuthenticated = new ClaimsPrincipal([new ClaimsIdentity(), new ClaimsIdentity("cookie")]);

        Assert.Equal(AuthorizationResult.NotAuthenticated, await Authorize(null, AuthorizeRule.Authenticated));
        Assert.Equal(AuthorizationResult.NotAuthenticated, await Authorize(unauthenticated, new AuthorizeRule(roles: ["admin"])));
        Assert.Equal(AuthorizationResult.Allowed, await Authorize(secondIdentityAuthenticated, AuthorizeRule.Authenticated));
    }

    [Fact]
    public async Task The_default_handler_checks_roles_with_the_identity_role_claim_type()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("role", "editor")], "jwt", "name", "role"));

        Assert.Equal(AuthorizationResult.Allowed, await Authorize(user, new AuthorizeRule(roles: ["admin", "editor"])));
        Assert.Equal(AuthorizationResult.NotAllowed, await Authorize(user, new AuthorizeRule(roles: ["admin"])));
    }

    [Fact]
    public async Task The_default_handler_refuses_every_policy()
    {
        var result = await Authorize(Users.SignedIn("admin"), new AuthorizeRule("Anything", ["admin"]));

        Assert.Equal(AuthorizationStatus.NotAllowed, result.Status);
        Assert.Equal("The authorization policy \"Anything\" cannot be checked: no authorization handler for policies is registered.", result.Message);
    }

    private static async Task<AuthorizationResult> Authorize(ClaimsPrincipal? user, AuthorizeRule rule) =>
        await DefaultAuthorizationHandler.Instance.AuthorizeAsync(TestResolverContext.For(Schema, "Query", "report", user: user), rule);
}
