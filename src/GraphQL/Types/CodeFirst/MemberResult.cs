using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>How a resolver member hands back its value.</summary>
internal enum ResultKind
{
    /// <summary>Returns the value itself.</summary>
    Value,

    /// <summary>Returns <see cref="Task{TResult}"/>.</summary>
    Task,

    /// <summary>Returns <see cref="ValueTask{TResult}"/>.</summary>
    ValueTask,

    /// <summary>Returns nothing (<c>void</c>, <see cref="Task"/> or <see cref="ValueTask"/>): not a field.</summary>
    None,
}

/// <summary>
/// What a property or method returns once awaited, and, when that is an <see cref="IAsyncEnumerable{T}"/>, the
/// type of its events.
/// </summary>
internal sealed class MemberResult
{
    private MemberResult(ResultKind kind, Type awaitedType, NullabilityInfo awaitedNullability)
    {
        Kind = kind;
        AwaitedType = awaitedType;
        AwaitedNullability = awaitedNullability;
        if (IsAsyncEnumerable(awaitedType))
        {
            EventType = awaitedType.GenericTypeArguments[0];
            EventNullability = awaitedNullability.GenericTypeArguments[0];
        }
    }

    public ResultKind Kind { get; }

    /// <summary>The declared type with <see cref="Task{TResult}"/> or <see cref="ValueTask{TResult}"/> removed.</summary>
    public Type AwaitedType { get; }

    public NullabilityInfo AwaitedNullability { get; }

    /// <summary>The event type when the member returns a stream; null otherwise.</summary>
    public Type? EventType { get; }

    public NullabilityInfo? EventNullability { get; }

    public bool IsStream => EventType is not null;

    public static MemberResult Of(Type type, NullabilityInfo nullability)
    {
        if (IsNoValue(type))
        {
            return new MemberResult(ResultKind.None, type, nullability);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return new MemberResult(ResultKind.Task, type.GenericTypeArguments[0], nullability.GenericTypeArguments[0]);
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return new MemberResult(ResultKind.ValueTask, type.GenericTypeArguments[0], nullability.GenericTypeArguments[0]);
        }
        return new MemberResult(ResultKind.Value, type, nullability);
    }

    /// <summary><c>void</c>, <see cref="Task"/> or <see cref="ValueTask"/>.</summary>
    public static bool IsNoValue(Type type) => type == typeof(void) || type == typeof(Task) || type == typeof(ValueTask);

    private static bool IsAsyncEnumerable(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>);
}
