using GraphApi.Server.Tests.Posts.Infrastructure;

namespace GraphApi.Server.Tests.Posts;

/// <summary>searchPosts and postsByHashtag over HTTP: matching, normalization, literal wildcards, bad input.</summary>
public sealed class SearchTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task Search_matches_text_ignoring_case_newest_first_and_treats_wildcards_literally()
    {
        var author = await Api.NewUserAsync();
        var word = "needle" + Guid.NewGuid().ToString("N")[..8];
        var older = await Api.NewPostAsync(author, $"a {word} here");
        var newer = await Api.NewPostAsync(author, $"{word.ToUpperInvariant()} again, 100%_sure");
        await Api.NewPostAsync(author, "unrelated");

        var found = await SearchAsync(word);
        var percent = await SearchAsync($"{word}%");
        var literal = await SearchAsync("100%_sure");

        Assert.Equal([newer, older], found);
        Assert.Empty(percent);
        Assert.Contains(newer, literal);
        Assert.DoesNotContain(older, literal);
    }

    [Theory]
    [InlineData("   ")]
    [InlineData("x101")]
    public async Task Empty_or_too_long_search_text_is_an_error_on_the_field(string text)
    {
        if (text == "x101")
        {
            text = new string('x', 101);
        }

        var response = await Api.PostAsync("query($text: String!) { searchPosts(text: $text) { nodes { id } } }", new { text });

        var error = response.FieldError("POSTS_INVALID_SEARCH_TEXT", "searchPosts");
        Assert.Contains("1 to 100 characters", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Hashtags_match_with_or_without_hash_in_any_case()
    {
        var author = await Api.NewUserAsync();
        var tag = "Tag" + Guid.NewGuid().ToString("N")[..8];
        var postId = await Api.NewPostAsync(author, $"about #{tag}");
        await Api.NewPostAsync(author, $"about {tag} without a hash");

        foreach (var given in new[] { tag, "#" + tag.ToUpperInvariant(), " " + tag.ToLowerInvariant() })
        {
            var nodes = (await Api.PostAsync("query($tag: String!) { postsByHashtag(tag: $tag) { nodes { id } } }", new { tag = given })).Data("postsByHashtag");
            Assert.Equal([postId], nodes.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        }
    }

    private async Task<List<string>> SearchAsync(string text) =>
        [.. (await Api.PostAsync("query($text: String!) { searchPosts(text: $text, first: 50) { nodes { id } } }", new { text }))
            .Data("searchPosts").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
