using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Authorization.AuthorizationExecution;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.Authorization;

/// <summary>[Authorize] on members and classes: the rules the builder records, and their enforcement.</summary>
public sealed class CodeFirstAuthorizationTests
{
    private readonly Invocations _invocations = new();
    private readonly TestServices _services;
    private readonly Schema _schema = BuildSchema(b => b
        .AddQueryType(typeof(ShopQuery))
        .AddQueryType(typeof(MemberQuery))
        .AddMutationType(typeof(AdminMutation))
        .AddSubscriptionType(typeof(AlertSubscription))
        .AddType(typeof(AccountAuditFields))
        .AddType(typeof(VaultExtensions)));

    public CodeFirstAuthorizationTests()
    {
        _services = new TestServices(_invocations);
    }

    [Fact]
    public void A_member_attribute_becomes_a_rule_of_its_field_and_an_applied_directive()
    {
        var me = _schema.Field("Query", "me");
        var report = _schema.Field("Query", "report");
        var auditLog = _schema.Field("Query", "auditLog");

        var meRule = Assert.Single(me.AuthorizationRules);
        Assert.Null(meRule.Policy);
        Assert.Empty(meRule.Roles);
        Assert.Equal(["admin", "auditor"], Assert.Single(report.AuthorizationRules).Roles);
        Assert.Equal("ReadAudit", Assert.Single(auditLog.AuthorizationRules).Policy);
        Assert.Equal(["@authorize", "@authorize(roles: [\"admin\", \"auditor\"])", "@authorize(policy: \"ReadAudit\")"],
            new[] { me, report, auditLog }.Select(field => GraphQL.Language.Printer.Print(Assert.Single(field.Directives, directive => directive.Name.Value == "authorize"))));
        Assert.Empty(_schema.Field("Query", "greeting").AuthorizationRules);
    }

    [Fact]
    public void An_entity_class_attribute_protects_its_object_type()
    {
        var vault = _schema.GetType<ObjectType>("Vault");

        Assert.Equal(["admin"], Assert.Single(vault.AuthorizationRules).Roles);
        Assert.Equal("authorize", Assert.Single(vault.Directives).Name.Value);
        Assert.Empty(vault.Fields["secret"].AuthorizationRules);
    }

    [Fact]
    public void An_extension_or_root_class_attribute_protects_only_the_fields_it_contributes()
    {
        Assert.Equal(["auditor"], Assert.Single(_schema.Field("Account", "history").AuthorizationRules).Roles);
        Assert.Empty(_schema.Field("Account", "id").AuthorizationRules);
        Assert.Empty(_schema.GetType<ObjectType>("Account").AuthorizationRules);
        Assert.Single(_schema.Field("Query", "memberNews").AuthorizationRules);
        Assert.Empty(_schema.QueryType.AuthorizationRules);
        Assert.Equal(["admin"], Assert.Single(_schema.Field("Mutation", "deleteUser").AuthorizationRules).Roles);
    }

    [Fact]
    public void Several_attributes_on_a_member_are_all_recorded()
    {
        var rules = _schema.Field("Query", "payroll").AuthorizationRules;

        Assert.Equal(2, rules.Count);
        Assert.Contains(rules, rule => rule.Policy == "OnDuty");
        Assert.Contains(rules, rule => rule.Roles.SequenceEqual(["hr"]));
    }

    [Fact]
    public void The_directive_is_defined_only_when_the_schema_uses_it()
    {
        var unprotected = BuildSchema(b => b.AddQueryType(typeof(OpenQuery)));

        Assert.Same(AuthorizeDirective.Definition, _schema.FindDirective("authorize"));
        Assert.Null(unprotected.FindDirective("authorize"));
    }

    [Fact]
    public void A_directive_named_authorize_given_to_the_builder_is_replaced_by_the_engine_one()
    {
        var schema = BuildSchema(b => b
            .AddQueryType(typeof(MemberQuery))
            .AddDirective(new DirectiveDefinition("authorize") { Locations = { DirectiveLocation.FieldDefinition } }));

        Assert.Same(AuthorizeDirective.Definition, schema.FindDirective("authorize"));
    }

    [Fact]
    public void An_interface_class_attribute_protects_each_interface_field()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(PetQuery)).AddType<Dog>());

        Assert.Single(schema.Field("Pet", "name").AuthorizationRules);
        Assert.Empty(schema.GetType<InterfaceType>("Pet").Directives);
    }

    [Fact]
    public void A_union_class_cannot_be_authorized()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(SearchQuery)));

        Assert.Contains(
            "The union class 'SearchResult' is marked [Authorize], but a union has no fields to protect; put [Authorize] on its member classes or on the fields that return it.",
            errors);
    }

    [Fact]
    public void An_attribute_with_an_empty_policy_is_a_build_error()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(InvalidQuery)));

        Assert.Contains("The [Authorize] attribute on method 'InvalidQuery.Secret' is invalid: the policy name is empty.", errors);
    }

    [Fact]
    public async Task Protected_fields_are_refused_and_their_resolvers_do_not_run()
    {
        var result = await Execute(Users.Anonymous, "{ greeting me { name } report }");

        Assert.Equal(
            Json("{'errors':[" +
                "{'message':'The current user is not authenticated.','locations':[{'line':1,'column':12}],'path':['me'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}," +
                "{'message':'The current user is not authenticated.','locations':[{'line':1,'column':24}],'path':['report'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}]," +
                "'data':{'greeting':'hello','me':null,'report':null}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Query.me"]);
        Assert.Equal(0, _invocations["Query.report"]);
    }

    [Fact]
    public async Task Roles_and_sign_in_are_checked_against_the_user()
    {
        var member = await Execute(Users.SignedIn("member"), "{ me { name } report }");
        var admin = await Execute(Users.SignedIn("admin"), "{ me { name } report }");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':15}],'path':['report'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'me':{'name':'Ada'},'report':null}}"),
            member.ToJson());
        Assert.Equal(Json("{'data':{'me':{'name':'Ada'},'report':'all good'}}"), admin.ToJson());
        Assert.Equal(1, _invocations["Query.report"]);
    }

    [Fact]
    public async Task A_policy_needs_a_handler()
    {
        var user = Users.WithPermissions(["ReadAudit"]);

        var withoutHandler = await Execute(user, "{ auditLog }");
        var withHandler = await Execute(user, "{ auditLog }", new PermissionPolicyHandler());

        Assert.Equal(
            "The authorization policy \"ReadAudit\" cannot be checked: no authorization handler for policies is registered.",
            Assert.Single(withoutHandler.Errors).Message);
        Assert.Equal(Json("{'data':{'auditLog':['signed in']}}"), withHandler.ToJson());
    }

    [Fact]
    public async Task The_entity_class_rule_guards_extension_fields_too()
    {
        var member = await Execute(Users.SignedIn("member"), "{ vault { secret size } }");
        var admin = await Execute(Users.SignedIn("admin"), "{ vault { secret size } }");

        Assert.Equal([new object[] { "vault", "secret" }, new object[] { "vault", "size" }], member.Errors.Select(error => error.Path!.ToList()));
        Assert.Equal(Json("{'data':{'vault':{'secret':'s3cret','size':3}}}"), admin.ToJson());
        Assert.Equal(1, _invocations["Vault.secret"]);
    }

    [Fact]
    public async Task An_extension_class_rule_guards_only_its_own_fields()
    {
        var result = await Execute(Users.SignedIn(), "{ account { id history } }");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':16}],'path':['account','history'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'account':{'id':'1','history':null}}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Account.history"]);
    }

    [Fact]
    public async Task A_refused_non_null_field_nulls_its_nullable_parent()
    {
        var result = await Execute(Users.SignedIn(), "{ account { id balance { amount } } }", new PermissionPolicyHandler());

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':16}],'path':['account','balance'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'account':null}}"),
            result.ToJson());
        Assert.Equal(0, _invocations["Account.balance"]);
    }

    [Fact]
    public async Task A_root_class_rule_guards_its_fields_and_leaves_the_others_open()
    {
        var result = await Execute(Users.Anonymous, "{ greeting memberNews }");

        Assert.Equal(["memberNews"], result.Errors.Select(error => (string)error.Path!.ToList()[0]));
        Assert.Equal(AuthorizationErrorCodes.NotAuthenticated, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_mutation_class_rule_keeps_its_mutations_from_running()
    {
        var refused = await Execute(Users.SignedIn(), "mutation { deleteUser(id: 7) }");
        var allowed = await Execute(Users.SignedIn("admin"), "mutation { deleteUser(id: 7) }");

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':12}],'path':['deleteUser'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'deleteUser':null}}"),
            refused.ToJson());
        Assert.Equal(Json("{'data':{'deleteUser':true}}"), allowed.ToJson());
        Assert.Equal(1, _invocations["Mutation.deleteUser"]);
    }

    [Fact]
    public async Task A_protected_subscription_is_refused_before_its_stream_is_created()
    {
        var result = await new RequestExecutor(_schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription { alerts }",
            User = Users.SignedIn(),
            Services = _services,
        });

        Assert.Equal(
            Json("{'errors':[{'message':'The current user is not authorized to access this resource.','locations':[{'line':1,'column':16}],'path':['alerts'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}]}"),
            Assert.IsType<ExecutionResult>(result).ToJson());
        Assert.Equal(0, _invocations["Subscription.alerts"]);
    }

    private Task<ExecutionResult> Execute(System.Security.Claims.ClaimsPrincipal user, string query, IAuthorizationHandler? handler = null) =>
        new RequestExecutor(_schema).ExecuteAsAsync(user, query, handler is null ? _services : new TestServices(_invocations, handler));

    [QueryType]
    public static class ShopQuery
    {
        public static string Greeting() => "hello";

        [Authorize]
        public static Customer? Me([Service] Invocations invocations) => Record(invocations, "Query.me", new Customer("Ada"));

        [Authorize(Roles = new[] { "admin", "auditor" })]
        public static string? Report([Service] Invocations invocations) => Record(invocations, "Query.report", "all good");

        [Authorize("ReadAudit")]
        public static string[] AuditLog() => ["signed in"];

        [Authorize(Roles = new[] { "hr" })]
        [Authorize("OnDuty")]
        public static int Payroll() => 42;

        public static Vault Vault() => new();

        public static Account? Account() => new();
    }

    [QueryType]
    [Authorize]
    public static class MemberQuery
    {
        public static string? MemberNews() => "news";
    }

    [MutationType]
    [Authorize(Roles = new[] { "admin" })]
    public static class AdminMutation
    {
        public static bool? DeleteUser(int id, [Service] Invocations invocations) => Record<bool?>(invocations, "Mutation.deleteUser", id > 0);
    }

    [SubscriptionType]
    public static class AlertSubscription
    {
        [Authorize(Roles = new[] { "ops" })]
        public static IAsyncEnumerable<int> Alerts([Service] Invocations invocations) => Record(invocations, "Subscription.alerts", Events());

        private static async IAsyncEnumerable<int> Events()
        {
            await Task.Yield();
            yield return 1;
        }
    }

    public sealed record Customer(string Name);

    [Authorize(Roles = new[] { "admin" })]
    public sealed class Vault
    {
        public string? GetSecret([Service] Invocations invocations) => Record<string?>(invocations, "Vault.secret", "s3cret");
    }

    [ObjectType<Vault>]
    public static class VaultExtensions
    {
        public static int? GetSize([Parent] Vault vault) => 3;
    }

    public sealed class Account
    {
        [ID]
        public string Id => "1";

        [Authorize("SeeBalance")]
        public Balance GetBalance([Service] Invocations invocations) => Record(invocations, "Account.balance", new Balance(10));
    }

    public sealed record Balance(int Amount);

    [ObjectType<Account>]
    [Authorize(Roles = new[] { "auditor" })]
    public static class AccountAuditFields
    {
        public static string? GetHistory([Parent] Account account, [Service] Invocations invocations) => Record(invocations, "Account.history", "opened");
    }

    [QueryType]
    public static class OpenQuery
    {
        public static string Greeting() => "hello";
    }

    [InterfaceType]
    [Authorize]
    public abstract class Pet
    {
        public abstract string Name { get; }
    }

    public sealed class Dog : Pet
    {
        public override string Name => "Rex";
    }

    [QueryType]
    public static class PetQuery
    {
        public static Pet? Pet() => null;
    }

    [UnionType]
    [Authorize]
    public abstract class SearchResult;

    [QueryType]
    public static class SearchQuery
    {
        public static SearchResult? Search() => null;
    }

    [QueryType]
    public static class InvalidQuery
    {
        [Authorize("")]
        public static string Secret() => "";
    }

    private static T Record<T>(Invocations invocations, string coordinate, T value)
    {
        invocations.Record(coordinate);
        return value;
    }
}
