using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>How <c>node(id:)</c> fetches objects of one node type.</summary>
/// <param name="IdRuntimeType">The CLR type of the type's raw ids (string, short, int, long or Guid).</param>
/// <param name="IdArgumentName">The argument name under which the resolver reads the raw id.</param>
/// <param name="Resolver">Fetches the object; null when there is none.</param>
internal sealed record NodeResolverInfo(Type IdRuntimeType, string IdArgumentName, FieldResolver Resolver);
