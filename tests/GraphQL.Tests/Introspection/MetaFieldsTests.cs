using GraphQL.Introspection;
using GraphQL.Types;

namespace GraphQL.Tests.Introspection;

public class MetaFieldsTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        type Query { user: User }
        type Mutation { touch: Boolean }
        type User implements Node { id: ID! }
        interface Node { id: ID! }
        union Result = User
        enum Role { ADMIN }
        input Filter { id: ID }
        """).Build();

    [Fact]
    public void Schema_and_type_are_fields_of_the_query_root_only()
    {
        Assert.Same(MetaFields.Schema, Schema.FindField(Schema.QueryType, "__schema"));
        Assert.Same(MetaFields.Type, Schema.FindField(Schema.QueryType, "__type"));
        Assert.Null(Schema.FindField(Schema.MutationType!, "__schema"));
        Assert.Null(Schema.FindField(Schema.MutationType!, "__type"));
        Assert.Null(Schema.FindField(Schema.GetType<ObjectType>("User"), "__schema"));
        Assert.Null(Schema.FindField(Schema.GetType<InterfaceType>("Node"), "__type"));
    }

    [Fact]
    public void Typename_is_a_field_of_every_composite_type_only()
    {
        Assert.Same(MetaFields.TypeName, Schema.FindField(Schema.GetType<ObjectType>("User"), "__typename"));
        Assert.Same(MetaFields.TypeName, Schema.FindField(Schema.GetType<InterfaceType>("Node"), "__typename"));
        Assert.Same(MetaFields.TypeName, Schema.FindField(Schema.GetType<UnionType>("Result"), "__typename"));
        Assert.Null(Schema.FindField(Schema.GetType<EnumType>("Role"), "__typename"));
        Assert.Null(Schema.FindField(Schema.GetType<InputObjectType>("Filter"), "__typename"));
        Assert.Null(Schema.FindField(BuiltInScalars.String, "__typename"));
    }

    [Fact]
    public void Other_double_underscore_names_are_not_fields()
    {
        Assert.Null(Schema.FindField(Schema.QueryType, "__schemas"));
        Assert.Null(Schema.FindField(Schema.QueryType, "__Type"));
    }

    [Fact]
    public void Meta_fields_have_the_spec_types()
    {
        Assert.Equal("__Schema!", MetaFields.Schema.Type.Print());
        Assert.Equal("__Type", MetaFields.Type.Type.Print());
        Assert.Equal("name: String!", string.Join(", ", MetaFields.Type.Arguments.Select(a => $"{a.Name}: {a.Type.Print()}")));
        Assert.Equal("String!", MetaFields.TypeName.Type.Print());
    }

    [Fact]
    public void Every_schema_shares_the_same_introspection_types()
    {
        var other = SchemaBuilder.FromSdl("type Query { a: Int }").Build();

        foreach (var type in IntrospectionTypes.All)
        {
            Assert.Same(type, Schema.FindType(type.Name));
            Assert.Same(type, other.FindType(type.Name));
        }
        Assert.Equal(
            ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            IntrospectionTypes.All.Select(t => t.Name));
    }
}
