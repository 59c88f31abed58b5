using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>A resolver middleware made for one element type at build time (a generic class, created once per field).</summary>
internal interface IQueryMiddleware
{
    FieldResolver Wrap(FieldResolver next);
}
