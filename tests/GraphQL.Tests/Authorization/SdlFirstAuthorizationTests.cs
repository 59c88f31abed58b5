using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Authorization.AuthorizationExecution;

namespace GraphQL.Tests.Authorization;

/// <summary>@authorize in SDL, enforced by the executor: error codes, paths, locations, null propagation, resolvers not run.</summary>
public sealed class SdlFirstAuthorizationTests
{
    private const string Sdl = """
        type Query {
          greeting: String
          me: Profile @authorize
          report: String @authorize(roles: ["admin", "auditor"])
          auditLog: [String!] @authorize(policy: "ReadAudit")
          payroll: Int @authorize(roles: ["hr"]) @authorize(policy: "OnDuty")
          vault: Vault
          account: Account
          document: Document
        }

        type Profile { name: String! }

        type Vault @authorize(roles: ["admin"]) { secret: String }

        type Account { id: ID! balance: Balance! @authorize(policy: "SeeBalance") }

        type Balance { amount: Int! }

        interface Node { id: ID! notes: String @authorize }

        type Document implements Node { id: ID! notes: String }

        type Mutation { deleteUser(id: ID!): Boolean @authorize(roles: ["admin"]) }
        """;

    private readonly Invocations _invocations = new();
    private readonly RequestExecutor _executor;

    public SdlFirstAuthorizationTests()
    {
        _executor = new RequestExecutor(SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "greeting", Counted("Query.greeting", "hello"))
            .BindResolver("Query", "me", Counted("Query.me", new Dictionary<string, object?> { ["name"] = "Ada" }))
            .BindResolver("Query", "report", Counted("Query.report", "all good"))
            .BindResolver("Query", "auditLog", Counted("Query.auditLog", new[] { "signed in" }))
            .BindResolver("Query", "payroll", Counted("Query.payroll", 42))
            .BindResolver("Query", "vault", Counted("Query.vault", new object()))
            .BindResolver("Vault", "secret", Counted("Vault.secret", "s3cret"))
            .BindResolver("Query", "account", Counted("Query.account", new object()))
            .BindResolver("Account", "id", Counted("Account.id", "1"))
            .BindResolver("Account", "balance", Counted("Account.balance", new Dictionary<string, object?> { ["amount"] = 10 }))
            .BindResolver("Query", "document", Counted("Query.document", new object()))
            .BindResolver("Document", "id", Counted("Document.id", "d1"))
            .BindResolver("Document", "notes", Counted("Document.notes", "private"))
            .BindResolver("Mutation", "deleteUser", Counted("Mutation.deleteUser", true))
            .Build());
    }

    [Fact]
    public async Task An_anonymous_user_gets_AUTH_NOT_AUTHENTICATED_and_the_resolver_does_not_run()
    {
        var result = await _executor.ExecuteAsAsync(Users.Anonymous, "{ greeting me { name } }");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authenticated.','locations':[{'line':1,'column':12}],'path':['me'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}],'data':{'greeting':'hello','me':null}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Query.me"]);
        Assert.Equal(1, _invocations["Query.greeting"]);
    }

    [Fact]
    public async Task A_request_without_a_user_is_not_authenticated()
    {
        var result = await _executor.ExecuteAsAsync(user: null, "{ me { name } }");

        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_signed_in_user_reads_a_field_that_only_requires_signing_in()
    {
        var result = await _executor.ExecuteAsAsync(Users.SignedIn(), "{ me { name } }");

        Assert.Equal(Json("{'data':{'me':{'name':'Ada'}}}"), result.ToJson());
        Assert.Equal(1, _invocations["Query.me"]);
    }

    [Fact]
    public async Task A_signed_in_user_without_a_required_role_gets_AUTH_NOT_AUTHORIZED()
    {
        var result = await _executor.ExecuteAsAsync(Users.SignedIn("member"), "query Reports {\n  weekly: report\n}");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':2,'column':3}],'path':['weekly'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'weekly':null}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Query.report"]);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("auditor")]
    public async Task One_of_the_roles_is_enough(string role)
    {
        var result = await _executor.ExecuteAsAsync(Users.SignedIn("member", role), "{ report }");

        Assert.Equal(Json("{'data':{'report':'all good'}}"), result.ToJson());
    }

    [Fact]
    public async Task An_anonymous_user_is_not_authenticated_even_for_a_role_rule()
    {
        var result = await _executor.ExecuteAsAsync(Users.Anonymous, "{ report }");

        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_policy_is_refused_when_no_handler_is_registered()
    {
        var result = await _executor.ExecuteAsAsync(Users.WithPermissions(["ReadAudit"]), "{ auditLog }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("The authorization policy \"ReadAudit\" cannot be checked: no authorization handler for policies is registered.", error.Message);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, error.Code);
        Assert.Equal(0, _invocations["Query.auditLog"]);
    }

    [Fact]
    public async Task A_registered_handler_decides_policies()
    {
        var services = new TestServices(new PermissionPolicyHandler());

        var allowed = await _executor.ExecuteAsAsync(Users.WithPermissions(["ReadAudit"]), "{ auditLog }", services);
        var refused = await _executor.ExecuteAsAsync(Users.WithPermissions(["Other"]), "{ auditLog }", services);
        var anonymous = await _executor.ExecuteAsAsync(Users.Anonymous, "{ auditLog }", services);

        Assert.Equal(Json("{'data':{'auditLog':['signed in']}}"), allowed.ToJson());
        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':3}],'path':['auditLog'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'auditLog':null}}"),
            refused.ToJson());
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Assert.Single(anonymous.Errors).Code);
        Assert.Equal(1, _invocations["Query.auditLog"]);
    }

    [Fact]
    public async Task A_handler_that_completes_asynchronously_guards_the_field_too()
    {
        var services = new TestServices(new PermissionPolicyHandler(completeAsynchronously: true));

        var allowed = await _executor.ExecuteAsAsync(Users.WithPermissions(["ReadAudit"]), "{ auditLog }", services);
        var refused = await _executor.ExecuteAsAsync(Users.SignedIn(), "{ auditLog }", services);

        Assert.Equal(Json("{'data':{'auditLog':['signed in']}}"), allowed.ToJson());
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, Assert.Single(refused.Errors).Code);
        Assert.Equal(1, _invocations["Query.auditLog"]);
    }

    [Theory]
    [InlineData(new[] { "OnDuty" }, new string[0], false)]
    [InlineData(new string[0], new[] { "hr" }, false)]
    [InlineData(new[] { "OnDuty" }, new[] { "hr" }, true)]
    public async Task Every_rule_of_a_field_must_pass(string[] permissions, string[] roles, bool allowed)
    {
        var result = await _executor.ExecuteAsAsync(Users.WithPermissions(permissions, roles), "{ payroll }", new TestServices(new PermissionPolicyHandler()));

        Assert.Equal(allowed, result.Errors.Count == 0);
        Assert.Equal(allowed ? 1 : 0, _invocations["Query.payroll"]);
    }

    [Fact]
    public async Task The_handler_is_asked_about_each_rule_in_order_until_one_refuses()
    {
        var handler = new PermissionPolicyHandler();

        await _executor.ExecuteAsAsync(Users.WithPermissions([], "hr"), "{ payroll }", new TestServices(handler));
        await _executor.ExecuteAsAsync(Users.SignedIn(), "{ payroll }", new TestServices(handler));

        Assert.Equal(["@authorize(roles: [\"hr\"])", "@authorize(policy: \"OnDuty\")", "@authorize(roles: [\"hr\"])"], handler.Checked.Select(rule => rule.ToString()));
    }

    [Fact]
    public async Task The_rules_of_a_type_guard_each_of_its_fields_but_not_typename()
    {
        var result = await _executor.ExecuteAsAsync(Users.SignedIn("member"), "{ vault { __typename secret } }");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':22}],'path':['vault','secret'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'vault':{'__typename':'Vault','secret':null}}}"),
            result.ToJson());
        Assert.Equal(1, _invocations["Query.vault"]);
        Assert.Equal(0, _invocations["Vault.secret"]);
    }

    [Fact]
    public async Task A_type_rule_lets_a_user_who_satisfies_it_through()
    {
        var result = await _executor.ExecuteAsAsync(Users.SignedIn("admin"), "{ vault { secret } }");

        Assert.Equal(Json("{'data':{'vault':{'secret':'s3cret'}}}"), result.ToJson());
    }

    [Fact]
    public async Task A_refused_non_null_field_nulls_its_parent_with_a_single_error()
    {
        var result = await _executor.ExecuteAsAsync(Users.SignedIn(), "{ account { id balance { amount } } greeting }", new TestServices(new PermissionPolicyHandler()));

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':16}],'path':['account','balance'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'account':null,'greeting':'hello'}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Account.balance"]);
    }

    [Fact]
    public async Task The_rules_of_an_interface_field_guard_the_implementations()
    {
        var anonymous = await _executor.ExecuteAsAsync(Users.Anonymous, "{ document { id notes } }");
        var signedIn = await _executor.ExecuteAsAsync(Users.SignedIn(), "{ document { ... on Node { notes } } }");

        Assert.Equal(new object[] { "document", "notes" }, Assert.Single(anonymous.Errors).Path!.ToList());
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Assert.Single(anonymous.Errors).Code);
        Assert.Equal(Json("{'data':{'document':{'notes':'private'}}}"), signedIn.ToJson());
        Assert.Equal(1, _invocations["Document.notes"]);
    }

    [Fact]
    public async Task A_refused_mutation_does_not_run()
    {
        var refused = await _executor.ExecuteAsAsync(Users.SignedIn("member"), "mutation { deleteUser(id: 7) }");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':12}],'path':['deleteUser'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'deleteUser':null}}"),
            refused.ToJson());
        Assert.Equal(0, _invocations["Mutation.deleteUser"]);

        var allowed = await _executor.ExecuteAsAsync(Users.SignedIn("admin"), "mutation { deleteUser(id: 7) }");

        Assert.Equal(Json("{'data':{'deleteUser':true}}"), allowed.ToJson());
        Assert.Equal(1, _invocations["Mutation.deleteUser"]);
    }

    [Fact]
    public async Task A_handler_may_word_the_refusal()
    {
        var services = new TestServices(new RefusingHandler(AuthorizationResult.NotAllowed with { Message = "Reports are closed on Sundays." }));

        var result = await _executor.ExecuteAsAsync(Users.SignedIn("admin"), "{ report }", services);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Reports are closed on Sundays.", error.Message);
        Assert.Equal(AuthorizationErrorCodes.NotAuthorized, error.Code);
    }

    [Fact]
    public async Task A_failing_handler_fails_the_field_closed()
    {
        var services = new TestServices(new ThrowingHandler());

        var result = await _executor.ExecuteAsAsync(Users.SignedIn("admin"), "{ greeting report }", services);

        Assert.Equal(
            Json("{'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':12}],'path':['report'],'extensions':{'code':'HC0008'}}],'data':{'greeting':'hello','report':null}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Query.report"]);
    }

    private FieldResolver Counted(string coordinate, object? value) => _ =>
    {
        _invocations.Record(coordinate);
        return new ValueTask<object?>(value);
    };

    private sealed class RefusingHandler(AuthorizationResult result) : IAuthorizationHandler
    {
        public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeRule rule) => new(result);
    }

    private sealed class ThrowingHandler : IAuthorizationHandler
    {
        public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeRule rule) =>
            throw new InvalidOperationException("The policy store is down.");
    }
}
