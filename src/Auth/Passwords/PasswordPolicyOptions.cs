namespace GraphApi.Auth.Passwords;

/// <summary>Password rules and hashing cost, bound from <c>Auth:Passwords</c>.</summary>
public sealed class PasswordPolicyOptions
{
    public const string Section = "Auth:Passwords";

    /// <summary>The fewest characters (Unicode code points) a password may have; 8 by default.</summary>
    public int MinLength { get; set; } = 8;

    /// <summary>The most characters (Unicode code points) a password may have; 64 by default.</summary>
    public int MaxLength { get; set; } = 64;

    /// <summary>
    /// PBKDF2 iterations of ASP.NET Core Identity's <c>PasswordHasher</c> (100,000 by default, Identity's own default).
    /// Raising it makes the next successful sign-in of every user rehash their password with the new count.
    /// </summary>
    public int HashIterations { get; set; } = 100_000;
}
