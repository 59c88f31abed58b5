using System.Text;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Passwords;

/// <summary>
/// The password rules: <see cref="PasswordPolicyOptions.MinLength"/>–<see cref="PasswordPolicyOptions.MaxLength"/> characters with at
/// least one letter and one digit. Characters are Unicode code points, so an emoji counts once.
/// </summary>
public sealed class PasswordRules(IOptions<PasswordPolicyOptions> options)
{
    public int MinLength => options.Value.MinLength;

    public int MaxLength => options.Value.MaxLength;

    /// <summary>Every rule <paramref name="password"/> breaks, in the order of <see cref="PasswordProblem"/>; empty when it is acceptable.</summary>
    public IReadOnlyList<PasswordProblem> Check(string password)
    {
        var length = 0;
        var hasLetter = false;
        var hasDigit = false;
        foreach (var rune in password.EnumerateRunes())
        {
            length++;
            hasLetter |= Rune.IsLetter(rune);
            hasDigit |= Rune.IsDigit(rune);
        }

        var problems = new List<PasswordProblem>();
        if (length < MinLength)
        {
            problems.Add(PasswordProblem.TooShort);
        }

        if (length > MaxLength)
        {
            problems.Add(PasswordProblem.TooLong);
        }

        if (!hasLetter)
        {
            problems.Add(PasswordProblem.MissingLetter);
        }

        if (!hasDigit)
        {
            problems.Add(PasswordProblem.MissingDigit);
        }

        return problems;
    }
}
