using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Infrastructure;
using GraphQL.Relay;

namespace GraphApi.Server.Tests.Accounts;

/// <summary><c>user(id:)</c> and <c>userByHandle(handle:)</c> over HTTP, on users written to the database with EF.</summary>
public sealed class UserQueryTests(ApiServerFixture api) : IClassFixture<ApiServerFixture>, IAsyncLifetime
{
    private const string UserFields = """
        id handle createdAt
        profile { displayName bio avatarUrl birthday timeZone locale isPrivate }
        """;

    private static readonly DateTimeOffset CreatedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private User _ada = null!;
    private User _suspended = null!;
    private User _deleted = null!;

    public async Task InitializeAsync()
    {
        // Each test gets users of its own (handles are unique), so tests may run in any order on the class's database.
        var suffix = Guid.NewGuid().ToString("N")[..8];
        _ada = NewUser($"ada_{suffix}", UserStatus.Active, new Profile
        {
            DisplayName = "Ada Lovelace",
            Bio = "Poetical science.",
            AvatarUrl = "https://example.com/ada.png",
            Birthday = new DateOnly(1815, 12, 10),
            Phone = "+441234567890",
            TimeZone = "Europe/London",
            Locale = "en-GB",
            IsPrivate = true,
        });
        _suspended = NewUser($"suspended_{suffix}", UserStatus.Suspended, new Profile());
        _deleted = NewUser($"deleted_{suffix}", UserStatus.Deleted, new Profile());
        _deleted.DeletedAt = CreatedAt.AddDays(1);
        await using var db = api.Database.CreateDbContext();
        db.Users.AddRange(_ada, _suspended, _deleted);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task User_returns_the_user_and_profile_with_the_given_id()
    {
        var result = await api.Server.QueryAsync($"query($id: ID!) {{ user(id: $id) {{ {UserFields} }} }}", new { id = GlobalId.Format("User", _ada.Id) });

        AssertNoErrors(result);
        var user = result.GetProperty("data").GetProperty("user");
        Assert.Equal(GlobalId.Format("User", _ada.Id), user.GetProperty("id").GetString());
        Assert.Equal(_ada.Handle, user.GetProperty("handle").GetString());
        Assert.Equal("2026-01-02T03:04:05.000Z", user.GetProperty("createdAt").GetString());
        var profile = user.GetProperty("profile");
        Assert.Equal("Ada Lovelace", profile.GetProperty("displayName").GetString());
        Assert.Equal("Poetical science.", profile.GetProperty("bio").GetString());
        Assert.Equal("https://example.com/ada.png", profile.GetProperty("avatarUrl").GetString());
        Assert.Equal("1815-12-10", profile.GetProperty("birthday").GetString());
        Assert.Equal("Europe/London", profile.GetProperty("timeZone").GetString());
        Assert.Equal("en-GB", profile.GetProperty("locale").GetString());
        Assert.True(profile.GetProperty("isPrivate").GetBoolean());
    }

    [Fact]
    public async Task An_empty_profile_has_nulls_and_is_not_private()
    {
        await using (var db = api.Database.CreateDbContext())
        {
            var user = await db.Users.FindAsync(_suspended.Id);
            user!.Status = UserStatus.Active;
            await db.SaveChangesAsync();
        }

        var result = await api.Server.QueryAsync($"{{ userByHandle(handle: \"{_suspended.Handle}\") {{ {UserFields} }} }}");

        AssertNoErrors(result);
        var profile = result.GetProperty("data").GetProperty("userByHandle").GetProperty("profile");
        foreach (var field in new[] { "displayName", "bio", "avatarUrl", "birthday", "timeZone", "locale" })
        {
            Assert.Equal(JsonValueKind.Null, profile.GetProperty(field).ValueKind);
        }
        Assert.False(profile.GetProperty("isPrivate").GetBoolean());
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{1}")]
    [InlineData("  {1}  ")]
    public async Task UserByHandle_ignores_letter_case_and_surrounding_spaces(string format)
    {
        var handle = string.Format(format, _ada.Handle, _ada.Handle.ToUpperInvariant());

        var result = await api.Server.QueryAsync("query($handle: String!) { userByHandle(handle: $handle) { id } }", new { handle });

        AssertNoErrors(result);
        Assert.Equal(GlobalId.Format("User", _ada.Id), result.GetProperty("data").GetProperty("userByHandle").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Unknown_ids_and_handles_are_null_without_errors()
    {
        var result = await api.Server.QueryAsync(
            "query($id: ID!) { user(id: $id) { id } userByHandle(handle: \"no_such_handle\") { id } }", new { id = GlobalId.Format("User", Guid.NewGuid()) });

        AssertNoErrors(result);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("user").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("userByHandle").ValueKind);
    }

    [Fact]
    public async Task Suspended_and_deleted_users_are_not_found_by_id_or_handle()
    {
        var result = await api.Server.QueryAsync(
            """
            query($suspended: ID!, $deleted: ID!, $suspendedHandle: String!, $deletedHandle: String!) {
              suspended: user(id: $suspended) { id }
              deleted: user(id: $deleted) { id }
              suspendedByHandle: userByHandle(handle: $suspendedHandle) { id }
              deletedByHandle: userByHandle(handle: $deletedHandle) { id }
            }
            """,
            new { suspended = GlobalId.Format("User", _suspended.Id), deleted = GlobalId.Format("User", _deleted.Id), suspendedHandle = _suspended.Handle, deletedHandle = _deleted.Handle });

        AssertNoErrors(result);
        foreach (var field in result.GetProperty("data").EnumerateObject())
        {
            Assert.True(field.Value.ValueKind == JsonValueKind.Null, $"{field.Name} should be null: {result}");
        }
    }

    [Fact]
    public async Task An_id_that_is_not_a_global_id_is_an_error_on_the_field()
    {
        var result = await api.Server.QueryAsync("{ user(id: \"not-a-global-id\") { id } }");

        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("user").ValueKind);
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("[\"user\"]", error.GetProperty("path").GetRawText());
        Assert.Equal(
            "Argument \"id\" of field \"Query.user\" has an invalid value \"not-a-global-id\": The node ID string has an invalid format.",
            error.GetProperty("message").GetString());
        Assert.Equal("HC0016", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_raw_uuid_or_the_id_of_another_type_is_refused()
    {
        var sessionId = GlobalId.Format("Session", _ada.Id);

        var result = await api.Server.QueryAsync(
            "query($raw: ID!, $session: ID!) { raw: user(id: $raw) { id } session: user(id: $session) { id } }",
            new { raw = _ada.Id.ToString(), session = sessionId });

        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.GetProperty("message").GetString()!.EndsWith(
            "The node id type name `Session` does not match the expected type name `User`.", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Equal("HC0016", e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("raw").ValueKind);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("session").ValueKind);
    }

    [Theory]
    [InlineData("User", "passwordHash")]
    [InlineData("User", "status")]
    [InlineData("Profile", "phone")]
    [InlineData("Profile", "phoneVerifiedAt")]
    public async Task Private_columns_are_not_fields(string type, string field)
    {
        var result = await api.Server.QueryAsync(
            "query($type: String!) { __type(name: $type) { fields { name } } }", new { type });

        var fields = result.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString());
        Assert.DoesNotContain(field, fields);
    }

    private static User NewUser(string handle, UserStatus status, Profile profile) => new()
    {
        Email = $"{handle}@example.com",
        Handle = handle,
        PasswordHash = "AQAAAAIAAYagAAAAEnot-a-real-hash",
        Status = status,
        CreatedAt = CreatedAt,
        Profile = profile,
    };

    private static void AssertNoErrors(JsonElement result) =>
        Assert.False(result.TryGetProperty("errors", out _), $"Unexpected errors: {result}");
}
