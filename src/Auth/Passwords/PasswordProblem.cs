namespace GraphApi.Auth.Passwords;

/// <summary>One way a password breaks the password rules.</summary>
public enum PasswordProblem
{
    /// <summary>Fewer characters than <see cref="PasswordPolicyOptions.MinLength"/>.</summary>
    TooShort,

    /// <summary>More characters than <see cref="PasswordPolicyOptions.MaxLength"/>.</summary>
    TooLong,

    /// <summary>No letter (of any script).</summary>
    MissingLetter,

    /// <summary>No decimal digit.</summary>
    MissingDigit,
}
