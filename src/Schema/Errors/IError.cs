using GraphQL.Types;

namespace GraphApi.Schema.Errors;

/// <summary>
/// A typed mutation error (HotChocolate's mutation conventions): each mutation's payload lists what went wrong in
/// <c>errors</c>, a union of error types that all have a message for people. Select the concrete type to read its fields.
/// </summary>
/// <remarks>Marked <c>[InterfaceType]</c> so that the schema has it even though no field returns it.</remarks>
[InterfaceType]
public interface IError
{
    /// <summary>What went wrong, in words for people.</summary>
    string Message { get; }
}
