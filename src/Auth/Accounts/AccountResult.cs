using System.Diagnostics.CodeAnalysis;

namespace GraphApi.Auth.Accounts;

/// <summary>
/// What an account operation gives back: its <see cref="Value"/>, or the <see cref="Error"/> that explains why it did
/// not happen. Expected failures (a wrong password, a taken handle) are errors here, never exceptions.
/// </summary>
public sealed class AccountResult<T>
{
    private AccountResult(T? value, AccountError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public AccountError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    public static implicit operator AccountResult<T>(T value) => new(value, null);

    public static implicit operator AccountResult<T>(AccountError error) => new(default, error);

    public override string ToString() => Succeeded ? $"Succeeded: {Value}" : $"Failed: {Error}";
}
