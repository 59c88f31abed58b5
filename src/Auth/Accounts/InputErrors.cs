using GraphApi.Auth.Passwords;
using GraphApi.Data.Accounts;

namespace GraphApi.Auth.Accounts;

/// <summary>The email is not an address mail can be sent to.</summary>
public sealed record InvalidEmailError(string Email) : AccountError
{
    public override string Message =>
        $"\"{Email}\" is not a valid email address (one '@', no spaces, at most {AccountLimits.EmailMaxLength} characters).";
}

/// <summary>The handle breaks the handle rules.</summary>
public sealed record InvalidHandleError(string Handle) : AccountError
{
    public override string Message =>
        $"Handle \"{Handle}\" is not valid: use {AccountLimits.HandleMinLength}–{AccountLimits.HandleMaxLength} characters of " +
        "a-z, 0-9, '_' and '.'.";
}

/// <summary>The display name is blank or too long.</summary>
public sealed record InvalidDisplayNameError : AccountError
{
    public override string Message =>
        $"A display name must have 1–{AccountLimits.DisplayNameMaxLength} characters and not be only spaces.";
}

/// <summary>The password breaks one or more password rules, all listed in <see cref="Problems"/>.</summary>
public sealed record WeakPasswordError(IReadOnlyList<PasswordProblem> Problems, int MinLength, int MaxLength) : AccountError
{
    public override string Message => "The password is too weak: " + string.Join("; ", Problems.Select(Describe)) + ".";

    private string Describe(PasswordProblem problem) => problem switch
    {
        PasswordProblem.TooShort => $"it must have at least {MinLength} characters",
        PasswordProblem.TooLong => $"it must have at most {MaxLength} characters",
        PasswordProblem.MissingLetter => "it must contain a letter",
        PasswordProblem.MissingDigit => "it must contain a digit",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
    };
}

/// <summary>Another account has this email (compared case-insensitively).</summary>
public sealed record EmailTakenError(string Email) : AccountError
{
    public override string Message => $"Email \"{Email}\" is already used by another account.";
}

/// <summary>Another account has this handle (compared case-insensitively; deleted accounts keep theirs until purged).</summary>
public sealed record HandleTakenError(string Handle) : AccountError
{
    public override string Message => $"Handle \"{Handle}\" is already taken.";
}
