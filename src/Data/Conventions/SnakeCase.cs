using System.Text;

namespace GraphApi.Data.Conventions;

/// <summary>Turns C# names into snake_case: <c>EmailNormalized</c> → <c>email_normalized</c>, <c>IPAddress</c> → <c>ip_address</c>.</summary>
public static class SnakeCase
{
    public static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && StartsWord(name, i) && builder[^1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // An upper-case letter starts a word after a lower-case letter or digit ("userId"), or when it is the last capital
    // of an acronym followed by a lower-case letter ("IPAddress": the A).
    private static bool StartsWord(string name, int index)
    {
        var previous = name[index - 1];
        if (char.IsLower(previous) || char.IsDigit(previous))
        {
            return true;
        }

        return char.IsUpper(previous) && index + 1 < name.Length && char.IsLower(name[index + 1]);
    }
}
