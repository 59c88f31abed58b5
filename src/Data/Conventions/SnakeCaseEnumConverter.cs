using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphApi.Data.Conventions;

/// <summary>Stores an enum as the snake_case text of its member's name (<c>PasswordReset</c> → <c>password_reset</c>).</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(value => ToText(value), text => FromText(text))
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Texts =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => SnakeCase.Convert(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Texts.ToFrozenDictionary(pair => pair.Value, pair => pair.Key);

    private static string ToText(TEnum value) =>
        Texts.TryGetValue(value, out var text)
            ? text
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a member of {typeof(TEnum).Name}.");

    private static TEnum FromText(string text) =>
        Values.TryGetValue(text, out var value)
            ? value
            : throw new InvalidOperationException($"The database holds '{text}', which is not a {typeof(TEnum).Name}.");
}
