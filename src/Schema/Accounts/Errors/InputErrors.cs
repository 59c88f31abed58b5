using GraphApi.Auth.Passwords;
using GraphApi.Data.Accounts;
using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Accounts.Errors;

/// <summary>The email is not an address mail can be sent to.</summary>
public sealed class InvalidEmailError(Auth.Accounts.InvalidEmailError error) : IError, IRequestSignUpCodeError, ISignUpError
{
    public string Message { get; } = error.Message;

    /// <summary>The email as it was given.</summary>
    public string Email { get; } = error.Email;
}

/// <summary>The handle breaks the handle rules: 3 to 30 of a-z, 0-9, underscore and dot.</summary>
public sealed class InvalidHandleError(Auth.Accounts.InvalidHandleError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;

    /// <summary>The handle as it was given.</summary>
    public string Handle { get; } = error.Handle;
}

/// <summary>The display name is too long.</summary>
public sealed class InvalidDisplayNameError(Auth.Accounts.InvalidDisplayNameError error) : IError, ISignUpError, IUpdateProfileError
{
    public string Message { get; } = error.Message;

    /// <summary>The most characters a display name may have.</summary>
    public int MaxLength => AccountLimits.DisplayNameMaxLength;
}

/// <summary>The password breaks one or more password rules, all listed.</summary>
public sealed class WeakPasswordError(Auth.Accounts.WeakPasswordError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;

    /// <summary>Every rule the password breaks.</summary>
    public IReadOnlyList<PasswordProblem> Problems { get; } = error.Problems;

    /// <summary>The fewest characters a password may have.</summary>
    public int MinLength { get; } = error.MinLength;

    /// <summary>The most characters a password may have.</summary>
    public int MaxLength { get; } = error.MaxLength;
}

/// <summary>Another account has this email (compared without regard to letter case).</summary>
public sealed class EmailTakenError(Auth.Accounts.EmailTakenError error) : IError, IRequestSignUpCodeError, ISignUpError
{
    public string Message { get; } = error.Message;

    /// <summary>The email that is taken.</summary>
    public string Email { get; } = error.Email;
}

/// <summary>Another account has this handle (compared without regard to letter case).</summary>
public sealed class HandleTakenError(Auth.Accounts.HandleTakenError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;

    /// <summary>The handle that is taken, in lower case.</summary>
    public string Handle { get; } = error.Handle;
}
