using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Marks a class whose methods and properties become fields of a root operation type. Every class marked for
/// the same operation is merged into one root type; a field name defined twice is an error.
/// </summary>
public abstract class RootTypeAttribute(OperationType operation) : Attribute
{
    public OperationType Operation { get; } = operation;
}

/// <summary>The class's members become fields of the <c>Query</c> type.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class QueryTypeAttribute() : RootTypeAttribute(OperationType.Query);

/// <summary>The class's members become fields of the <c>Mutation</c> type.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class MutationTypeAttribute() : RootTypeAttribute(OperationType.Mutation);

/// <summary>
/// The class's methods become fields of the <c>Subscription</c> type. Each method returns the event stream
/// (<see cref="IAsyncEnumerable{T}"/>, possibly in a task); every event is the field's value.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SubscriptionTypeAttribute() : RootTypeAttribute(OperationType.Subscription);
