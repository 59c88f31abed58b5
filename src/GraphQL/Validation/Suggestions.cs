using System.Text;

namespace GraphQL.Validation;

/// <summary>"Did you mean …?" hints: the known names close to a name that was not found.</summary>
internal static class Suggestions
{
    private const int MaxShown = 5;

    /// <summary>The options close to <paramref name="input"/>, closest first (ties in ordinal order).</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        var matches = new List<(string Option, int Distance)>();
        foreach (var option in options)
        {
            // Names that differ only in case are the best match there is, after an exact one.
            var distance = option == input ? 0
                : option.ToLowerInvariant() == lowerInput ? 1
                : EditDistance(lowerInput, option.ToLowerInvariant(), threshold);
            if (distance <= threshold)
            {
                matches.Add((option, distance));
            }
        }
        matches.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : string.CompareOrdinal(a.Option, b.Option));
        var result = new string[matches.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = matches[i].Option;
        }
        return result;
    }

    /// <summary>The "Did you mean" sentence for the <paramref name="options"/> closest to <paramref name="input"/>; empty when none is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options) => DidYouMean(Closest(input, options));

    /// <summary>
    /// A sentence to append to a message, such as <c> Did you mean "a", "b", or "c"?</c>; empty when there are
    /// no suggestions. <paramref name="subject"/> introduces the list, e.g. <c>to use an inline fragment on</c>.
    /// </summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subject = null)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }
        var builder = new StringBuilder(" Did you mean ");
        if (subject is not null)
        {
            builder.Append(subject).Append(' ');
        }
        var shown = Math.Min(suggestions.Count, MaxShown);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                builder.Append(shown > 2 ? ", " : " ");
                if (i == shown - 1)
                {
                    builder.Append("or ");
                }
            }
            builder.Append('"').Append(suggestions[i]).Append('"');
        }
        return builder.Append('?').ToString();
    }

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions and transpositions of adjacent
    /// characters); any value above <paramref name="threshold"/> is reported as <c>threshold + 1</c>.
    /// </summary>
    private static int EditDistance(string a, string b, int threshold)
    {
        if (Math.Abs(a.Length - b.Length) > threshold)
        {
            return threshold + 1;
        }
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > threshold)
            {
                return threshold + 1;
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }
        return Math.Min(previous[b.Length], threshold + 1);
    }
}
