using GraphQL.Types;
using GraphQL.Types.Printing;

namespace GraphQL.Introspection;

/// <summary><c>__Directive</c>: its parent value is a <see cref="DirectiveDefinition"/>.</summary>
internal static class DirectiveIntrospection
{
    public static void Define(ObjectType directiveType, EnumType directiveLocation, ObjectType inputValueType)
    {
        directiveType.Description =
            "A directive the schema supports. Directives change how a document is executed or validated, or attach " +
            "information to a schema, in ways that field arguments cannot.";
        var fields = directiveType.Fields;
        IntrospectionResolvers.AddNameAndDescription<DirectiveDefinition>(fields, directive => directive.Name, directive => directive.Description);
        fields.Add(new OutputField("isRepeatable", new NonNullType(BuiltInScalars.Boolean))
        {
            Description = "Whether the directive may be applied more than once at the same location.",
            Resolver = IntrospectionResolvers.Flag<DirectiveDefinition>(directive => directive.IsRepeatable),
        });
        fields.Add(new OutputField("locations", TypeRefs.NonNullListOf(directiveLocation))
        {
            Description = "Where in a document or a schema the directive may be applied.",
            Resolver = context => new ValueTask<object?>(
                SchemaOrder.For(context.Schema).LocationsOf((DirectiveDefinition)context.ParentValue!)),
        });
        fields.Add(IntrospectionResolvers.FilteredList<DirectiveDefinition, InputField>(
            "args", TypeRefs.NonNullListOf(inputValueType), "The arguments the directive takes.",
            directive => directive.Arguments, argument => argument.IsDeprecated));
    }
}
