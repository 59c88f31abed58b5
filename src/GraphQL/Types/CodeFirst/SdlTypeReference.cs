using System.Reflection;
using GraphQL.Language;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// A type given as SDL text by <c>[GraphQLType("...")]</c>. It stands in the field until every type has been
/// discovered, because it may name a type that is made later; <see cref="ResolveAll"/> then replaces it.
/// </summary>
internal sealed class SdlTypeReference(string text, string subject) : IType
{
    public TypeKind Kind => throw new InvalidOperationException($"The type '{Text}' has not been resolved yet.");

    public string Text { get; } = text;

    /// <summary>How messages name the member the reference is on.</summary>
    public string Subject { get; } = subject;

    /// <summary>The parameter whose C# default becomes the GraphQL default once the type is known.</summary>
    public ParameterInfo? DefaultValueSource { get; set; }

    /// <summary>Replaces every reference in the fields, arguments and input fields of <paramref name="types"/>.</summary>
    public static void ResolveAll(BuildContext context, IEnumerable<NamedType> types)
    {
        foreach (var type in types.ToList())
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        context.Try(() => field.Type = Resolve(context, field.Type));
                        foreach (var argument in field.Arguments)
                        {
                            ResolveInput(context, argument);
                        }
                    }
                    break;
                case InputObjectType inputObject:
                    foreach (var field in inputObject.Fields)
                    {
                        ResolveInput(context, field);
                    }
                    break;
            }
        }
    }

    private static void ResolveInput(BuildContext context, InputField field) => context.Try(() =>
    {
        var reference = field.Type as SdlTypeReference;
        field.Type = Resolve(context, field.Type);
        if (reference?.DefaultValueSource is { } parameter)
        {
            field.DefaultValue = DefaultValueLiteral.Of(parameter, field.Type);
        }
    });

    private static IType Resolve(BuildContext context, IType type)
    {
        if (type is not SdlTypeReference reference)
        {
            return type;
        }
        ITypeNode node;
        try
        {
            node = Parser.ParseType(reference.Text);
        }
        catch (SyntaxException exception)
        {
            throw new CodeFirstException($"{reference.Subject} has the [GraphQLType] '{reference.Text}', which is not a GraphQL type reference: {exception.Message}");
        }
        return TypeReferences.FromAst(node, name => context.Registry.Find(name) ??
            (BuiltInScalars.Find(name) is { } scalar ? context.Types.UseScalar(scalar) : null) ??
            throw new CodeFirstException(
                $"{reference.Subject} has the [GraphQLType] '{reference.Text}', but the schema has no type named '{name}'; register it with AddType or AddScalar."))!;
    }
}
