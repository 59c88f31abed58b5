using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>updateProfile: partial changes, clearing, and every problem of the input at once.</summary>
public sealed class ProfileTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task Every_field_can_be_set()
    {
        var user = await Api.NewUserAsync();

        var profile = await UpdateAsync(user, new
        {
            displayName = "Ada Lovelace",
            bio = "Poetical science.",
            avatarUrl = "https://example.com/ada.png",
            birthday = "1990-12-10",
            timeZone = "Asia/Seoul",
            locale = "ko-KR",
            isPrivate = true,
        });

        Assert.Equal(
            """{"displayName":"Ada Lovelace","bio":"Poetical science.","avatarUrl":"https://example.com/ada.png","birthday":"1990-12-10","timeZone":"Asia/Seoul","locale":"ko-KR","isPrivate":true}""",
            profile.GetRawText());
        Assert.Equal(profile.GetRawText(), (await Api.MeAsync(user.AccessToken)).Data("me").GetProperty("profile").GetRawText());
    }

    [Fact]
    public async Task Fields_left_out_keep_their_values_null_and_blank_text_clear_them()
    {
        var user = await Api.NewUserAsync();
        await UpdateAsync(user, new { displayName = "Ada", bio = "Hello", timeZone = "UTC", locale = "en", isPrivate = true });

        var profile = await UpdateAsync(user, new { bio = (string?)null, locale = "   ", isPrivate = (bool?)null });

        Assert.Equal("Ada", profile.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("bio").ValueKind);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("locale").ValueKind);
        Assert.Equal("UTC", profile.GetProperty("timeZone").GetString());
        Assert.True(profile.GetProperty("isPrivate").GetBoolean());
    }

    [Fact]
    public async Task Text_is_trimmed()
    {
        var user = await Api.NewUserAsync();

        var profile = await UpdateAsync(user, new { displayName = "  Ada  ", timeZone = " Europe/London " });

        Assert.Equal("Ada", profile.GetProperty("displayName").GetString());
        Assert.Equal("Europe/London", profile.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_and_nothing_changes()
    {
        var user = await Api.NewUserAsync();
        await UpdateAsync(user, new { bio = "Before" });
        var tomorrowPlusOne = DateOnly.FromDateTime(fixture.Time.GetUtcNow().UtcDateTime).AddDays(2);

        var response = await Api.Client.PostAsync(AccountOperations.UpdateProfile, new
        {
            input = new
            {
                displayName = new string('a', 51),
                bio = new string('b', 301),
                avatarUrl = "ftp://example.com/ada.png",
                birthday = tomorrowPlusOne.ToString("yyyy-MM-dd"),
                timeZone = "Pacific Standard Time",
                locale = "en_US",
            },
        }, user.AccessToken);

        var payload = response.Data("updateProfile");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("user").ValueKind);
        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(
            ["InvalidDisplayNameError", "BioTooLongError", "InvalidAvatarUrlError", "InvalidBirthdayError", "InvalidTimeZoneError", "InvalidLocaleError"],
            errors.Select(e => e.GetProperty("__typename").GetString()));
        Assert.Equal(50, errors[0].GetProperty("maxLength").GetInt32());
        Assert.Equal("A bio may have at most 300 characters.", errors[1].GetProperty("message").GetString());
        Assert.Equal("ftp://example.com/ada.png", errors[2].GetProperty("avatarUrl").GetString());
        Assert.Equal(
            $"The birthday {tomorrowPlusOne:yyyy-MM-dd} is not valid: it must be on or after 1900-01-01 and not in the future.",
            errors[3].GetProperty("message").GetString());
        Assert.Equal(
            "\"Pacific Standard Time\" is not an IANA time zone id such as Asia/Seoul or Europe/London.",
            errors[4].GetProperty("message").GetString());
        Assert.Equal("en_US", errors[5].GetProperty("locale").GetString());
        Assert.Equal("Before", (await Api.MeAsync(user.AccessToken)).Data("me").GetProperty("profile").GetProperty("bio").GetString());
    }

    [Theory]
    [InlineData("timeZone", "Mars/Olympus_Mons", "InvalidTimeZoneError")]
    [InlineData("timeZone", "asia/seoul", "InvalidTimeZoneError")]
    [InlineData("birthday", "1899-12-31", "InvalidBirthdayError")]
    [InlineData("avatarUrl", "/relative/ada.png", "InvalidAvatarUrlError")]
    [InlineData("locale", "english", "InvalidLocaleError")]
    public async Task Invalid_values_are_refused(string field, string value, string error)
    {
        var user = await Api.NewUserAsync();

        var response = await Api.Client.PostAsync(
            AccountOperations.UpdateProfile, new { input = new Dictionary<string, string> { [field] = value } }, user.AccessToken);

        response.PayloadError("updateProfile", error);
    }

    [Fact]
    public async Task Limits_are_inclusive()
    {
        var user = await Api.NewUserAsync();

        var profile = await UpdateAsync(user, new
        {
            displayName = new string('a', 50),
            bio = string.Concat(Enumerable.Repeat("🙂", 300)),
            birthday = "1900-01-01",
        });

        Assert.Equal(300, profile.GetProperty("bio").GetString()!.EnumerateRunes().Count());
    }

    private async Task<JsonElement> UpdateAsync(SignedInUser user, object input) =>
        (await Api.Client.PostAsync(AccountOperations.UpdateProfile, new { input }, user.AccessToken))
            .Payload("updateProfile").GetProperty("user").GetProperty("profile");
}
