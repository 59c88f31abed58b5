using System.Text.Json;
using GraphApi.Schema.Posts;
using GraphApi.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Tests.Posts;

/// <summary>The longest <c>searchPosts(text:)</c> is a setting: <c>Posts__MaxSearchTextLength</c>, 100 by default, at least 1.</summary>
public sealed class SearchTextLimitTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Search = "query($text: String!) { searchPosts(text: $text) { nodes { id } } }";

    [Fact]
    public async Task The_configured_length_is_the_limit()
    {
        await using var server = await ApiServer.StartAsync(database.ConnectionString, "--Posts:MaxSearchTextLength=5");

        var fits = await server.QueryAsync(Search, new { text = " abcde " });
        var tooLong = await server.QueryAsync(Search, new { text = "abcdef" });

        Assert.Equal(5, server.Services.GetRequiredService<IOptions<PostOptions>>().Value.MaxSearchTextLength);
        Assert.False(fits.TryGetProperty("errors", out _), fits.ToString());
        var error = tooLong.GetProperty("errors")[0];
        Assert.Equal("POSTS_INVALID_SEARCH_TEXT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("1 to 5 characters", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, tooLong.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task It_is_100_by_default()
    {
        await using var server = await ApiServer.StartAsync(database.ConnectionString);

        Assert.Equal(100, server.Services.GetRequiredService<IOptions<PostOptions>>().Value.MaxSearchTextLength);
    }

    [Fact]
    public async Task Less_than_1_stops_the_server_at_start()
    {
        var failure = await Assert.ThrowsAnyAsync<OptionsValidationException>(
            () => ApiServer.StartAsync(database.ConnectionString, "--Posts:MaxSearchTextLength=0"));

        Assert.Contains("Posts:MaxSearchTextLength must be at least 1.", failure.Message);
    }
}
