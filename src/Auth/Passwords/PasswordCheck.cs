namespace GraphApi.Auth.Passwords;

/// <summary>How a password compared with a stored hash.</summary>
public enum PasswordCheck
{
    /// <summary>The password is wrong.</summary>
    Wrong,

    /// <summary>The password is right and the hash is current.</summary>
    Correct,

    /// <summary>The password is right but the hash uses an older format or fewer iterations: store a new hash.</summary>
    CorrectButRehashNeeded,
}
