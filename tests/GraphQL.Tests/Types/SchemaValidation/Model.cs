using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.SchemaValidation;

/// <summary>Builds type system models by hand, the way a code-first builder would, to test the validator alone.</summary>
internal static class Model
{
    public static ScalarType Text => BuiltInScalars.String;

    public static ScalarType Int => BuiltInScalars.Int;

    public static NonNullType NonNull(IType type) => new(type);

    public static ListType List(IType type) => new(type);

    public static OutputField Field(string name, IType type, params InputField[] arguments)
    {
        var field = new OutputField(name, type);
        foreach (var argument in arguments)
        {
            field.Arguments.Add(argument);
        }
        return field;
    }

    public static InputField Input(string name, IType type, IValueNode? defaultValue = null) => new(name, type) { DefaultValue = defaultValue };

    public static ObjectType Object(string name, params OutputField[] fields) => WithFields(new ObjectType(name), fields);

    public static InterfaceType Interface(string name, params OutputField[] fields) => WithFields(new InterfaceType(name), fields);

    public static T Implementing<T>(this T type, params InterfaceType[] interfaces) where T : ComplexType
    {
        type.Interfaces.AddRange(interfaces);
        return type;
    }

    public static UnionType Union(string name, params ObjectType[] members)
    {
        var union = new UnionType(name);
        union.Types.AddRange(members);
        return union;
    }

    public static EnumType Enum(string name, params string[] values)
    {
        var type = new EnumType(name);
        foreach (var value in values)
        {
            type.Values.Add(new EnumValue(value, value));
        }
        return type;
    }

    public static InputObjectType InputObject(string name, params InputField[] fields)
    {
        var type = new InputObjectType(name);
        foreach (var field in fields)
        {
            type.Fields.Add(field);
        }
        return type;
    }

    public static DirectiveNode Applied(string name, params (string Name, IValueNode Value)[] arguments) =>
        new(new NameNode(name), arguments.Select(a => new ArgumentNode(new NameNode(a.Name), a.Value)).ToList());

    /// <summary>A schema with a Query type (one <c>ok: String</c> field unless given fields) and the other types.</summary>
    public static Schema Create(IEnumerable<NamedType> types, ObjectType? query = null, IReadOnlyList<DirectiveDefinition>? directives = null,
        ObjectType? mutation = null, IReadOnlyList<DirectiveNode>? schemaDirectives = null)
    {
        query ??= Object("Query", Field("ok", Text));
        return Schema.Create(new SchemaDefinition
        {
            QueryType = query,
            MutationType = mutation,
            Types = [query, .. types.Where(t => t != query)],
            Directives = directives ?? [],
            SchemaDirectives = schemaDirectives ?? [],
        });
    }

    /// <summary>The errors schema creation reports; fails when it succeeds.</summary>
    public static IReadOnlyList<string> Errors(IEnumerable<NamedType> types, ObjectType? query = null,
        IReadOnlyList<DirectiveDefinition>? directives = null, ObjectType? mutation = null, IReadOnlyList<DirectiveNode>? schemaDirectives = null) =>
        Assert.Throws<SchemaException>(() => Create(types, query, directives, mutation, schemaDirectives)).Errors;

    /// <summary>Asserts that exactly one error is reported, with this message.</summary>
    public static void SingleError(string expected, IEnumerable<NamedType> types, ObjectType? query = null,
        IReadOnlyList<DirectiveDefinition>? directives = null, ObjectType? mutation = null) =>
        Assert.Equal(expected, Assert.Single(Errors(types, query, directives, mutation)));

    private static T WithFields<T>(T type, OutputField[] fields) where T : ComplexType
    {
        foreach (var field in fields)
        {
            type.Fields.Add(field);
        }
        return type;
    }
}
