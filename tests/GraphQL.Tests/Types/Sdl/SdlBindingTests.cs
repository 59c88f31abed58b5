using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Sdl;

public class SdlBindingTests
{
    private const string Sdl = """
        interface Named { name: String }
        type User implements Named { name: String role: Role }
        type Bot implements Named { name: String }
        union Actor = User | Bot
        enum Role { MEMBER POWER_USER }
        input UserInput { name: String }
        type Query { me: User actor: Actor hello: String }
        type Subscription { greetings: String }
        """;

    private enum Role
    {
        Member,
        PowerUser,
    }

    private sealed class UserModel;

    [Fact]
    public void Bound_resolvers_subscribers_and_type_resolvers_are_set()
    {
        FieldResolver hello = _ => new ValueTask<object?>("hi");
        SubscribeResolver greetings = _ => new ValueTask<IAsyncEnumerable<object?>>(AsyncEnumerable.Empty<object?>());
        TypeResolver actor = (_, _) => null;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "hello", hello)
            .BindSubscriber("Subscription", "greetings", greetings)
            .BindTypeResolver("Actor", actor)
            .BindTypeResolver("Named", actor)
            .Build();
        Assert.Same(hello, schema.QueryType.Fields["hello"].Resolver);
        Assert.Null(schema.QueryType.Fields["me"].Resolver);
        Assert.Same(greetings, schema.SubscriptionType!.Fields["greetings"].Subscriber);
        Assert.Same(actor, schema.GetType<UnionType>("Actor").ResolveType);
        Assert.Same(actor, schema.GetType<InterfaceType>("Named").ResolveType);
    }

    [Fact]
    public void The_default_resolver_is_settable_and_otherwise_the_engine_default()
    {
        FieldResolver fallback = _ => new ValueTask<object?>("default");
        Assert.Same(fallback, SchemaBuilder.FromSdl(Sdl).SetDefaultResolver(fallback).Build().DefaultResolver);
        Assert.Equal(new FieldResolver(DefaultFieldResolver.Resolve), SchemaBuilder.FromSdl(Sdl).Build().DefaultResolver);
    }

    [Fact]
    public void Runtime_types_are_set_and_a_clr_enum_maps_values_by_convention()
    {
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindRuntimeType("User", typeof(UserModel))
            .BindRuntimeType("Role", typeof(Role))
            .BindRuntimeType("UserInput", typeof(Dictionary<string, object>))
            .Build();
        Assert.Equal(typeof(UserModel), schema.GetType<ObjectType>("User").RuntimeType);
        Assert.True(schema.GetType<ObjectType>("User").IsInstanceOf(new UserModel()));
        var role = schema.GetType<EnumType>("Role");
        Assert.Equal(typeof(Role), role.RuntimeType);
        Assert.Equal(Role.PowerUser, role.Values["POWER_USER"].Value);
        Assert.Equal("POWER_USER", role.FindByRuntimeValue(Role.PowerUser)?.Name);
        Assert.Equal(typeof(Dictionary<string, object>), schema.GetType<InputObjectType>("UserInput").RuntimeType);
    }

    [Fact]
    public void Binding_to_missing_types_or_fields_names_them()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Nope", "x", _ => default)
            .BindResolver("Query", "missing", _ => default)
            .BindResolver("Named", "name", _ => default)
            .BindSubscriber("Query", "hello", _ => default)
            .BindSubscriber("Subscription", "nothing", _ => default)
            .BindTypeResolver("User", (_, _) => null)
            .BindTypeResolver("Ghost", (_, _) => null)
            .Build());
        Assert.Equal(
        [
            "Cannot bind a resolver to \"Nope.x\": there is no type named \"Nope\".",
            "Cannot bind a resolver to \"Query.missing\": type \"Query\" has no field \"missing\".",
            "Cannot bind a resolver to \"Named.name\": \"Named\" is an interface type; resolvers are bound to fields of object types.",
            "Cannot bind a subscriber to \"Query.hello\": \"Query\" is not the subscription root type.",
            "Cannot bind a subscriber to \"Subscription.nothing\": type \"Subscription\" has no field \"nothing\".",
            "Cannot bind a type resolver to \"User\": it is an object type; type resolvers are bound to interfaces and unions.",
            "Cannot bind a type resolver to \"Ghost\": there is no type named \"Ghost\".",
        ], error.Errors);
    }

    [Fact]
    public void Runtime_type_bindings_are_checked()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl(Sdl + "\nenum Size { SMALL HUGE }")
            .BindRuntimeType("Ghost", typeof(UserModel))
            .BindRuntimeType("String", typeof(string))
            .BindRuntimeType("Role", typeof(UserModel))
            .BindRuntimeType("Size", typeof(Role))
            .Build());
        Assert.Equal(
        [
            "Enum value \"Size.SMALL\" has no matching member in the CLR enum GraphQL.Tests.Types.Sdl.SdlBindingTests+Role.",
            "Enum value \"Size.HUGE\" has no matching member in the CLR enum GraphQL.Tests.Types.Sdl.SdlBindingTests+Role.",
            "Cannot bind the runtime type GraphQL.Tests.Types.Sdl.SdlBindingTests+UserModel to \"Ghost\": there is no type named \"Ghost\".",
            "Cannot bind the runtime type System.String to \"String\": there is no type named \"String\".",
            "Cannot bind the runtime type GraphQL.Tests.Types.Sdl.SdlBindingTests+UserModel to \"Role\": \"Role\" is an enum type, but GraphQL.Tests.Types.Sdl.SdlBindingTests+UserModel is not a CLR enum.",
        ], error.Errors);
    }
}
