using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Testing;
using GraphQL.Relay;

namespace GraphApi.Server.Tests.Accounts;

/// <summary><c>node(id:)</c> and <c>nodes(ids:)</c> for users over HTTP, on users written to the database with EF.</summary>
public sealed class UserNodeTests(ApiServerFixture api) : IClassFixture<ApiServerFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private readonly List<User> _active = [];
    private User _suspended = null!;
    private User _deleted = null!;

    public async Task InitializeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 20; i++)
        {
            _active.Add(NewUser($"node{i}_{suffix}", UserStatus.Active));
        }
        _suspended = NewUser($"nodes_{suffix}", UserStatus.Suspended);
        _deleted = NewUser($"noded_{suffix}", UserStatus.Deleted);
        _deleted.DeletedAt = CreatedAt.AddDays(1);
        await using var db = api.Database.CreateDbContext();
        db.Users.AddRange(_active);
        db.Users.AddRange(_suspended, _deleted);
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Node_fetches_a_user_by_the_global_id_its_id_field_returns()
    {
        var ada = _active[0];
        var byHandle = await api.Server.QueryAsync($"{{ userByHandle(handle: \"{ada.Handle}\") {{ id }} }}");
        var id = byHandle.GetProperty("data").GetProperty("userByHandle").GetProperty("id").GetString();

        var result = await api.Server.QueryAsync(
            "query($id: ID!) { node(id: $id) { __typename id ... on User { handle createdAt } } }", new { id });

        AssertNoErrors(result);
        Assert.Equal(GlobalId.Format("User", ada.Id), id);
        var node = result.GetProperty("data").GetProperty("node");
        Assert.Equal("User", node.GetProperty("__typename").GetString());
        Assert.Equal(id, node.GetProperty("id").GetString());
        Assert.Equal(ada.Handle, node.GetProperty("handle").GetString());
        Assert.Equal("2026-03-04T05:06:07.000Z", node.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Nodes_returns_users_in_the_order_asked_with_null_for_missing_suspended_and_deleted_ones()
    {
        string[] ids =
        [
            GlobalId.Format("User", _active[1].Id),
            GlobalId.Format("User", Guid.NewGuid()),
            GlobalId.Format("User", _suspended.Id),
            GlobalId.Format("User", _deleted.Id),
            GlobalId.Format("User", _active[2].Id),
        ];

        var result = await api.Server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on User { handle } } }", new { ids });

        AssertNoErrors(result);
        Assert.Equal(
            $"[{{\"handle\":\"{_active[1].Handle}\"}},null,null,null,{{\"handle\":\"{_active[2].Handle}\"}}]",
            result.GetProperty("data").GetProperty("nodes").GetRawText());
    }

    [Fact]
    public async Task Node_of_a_suspended_or_deleted_user_is_null_without_an_error()
    {
        var result = await api.Server.QueryAsync(
            "query($s: ID!, $d: ID!) { s: node(id: $s) { id } d: node(id: $d) { id } }",
            new { s = GlobalId.Format("User", _suspended.Id), d = GlobalId.Format("User", _deleted.Id) });

        AssertNoErrors(result);
        Assert.Equal("{\"s\":null,\"d\":null}", result.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task Twenty_users_come_back_from_one_nodes_selection()
    {
        var ids = _active.Select(user => GlobalId.Format("User", user.Id)).ToArray();

        var result = await api.Server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        AssertNoErrors(result);
        Assert.Equal(ids, result.GetProperty("data").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Users_of_node_nodes_and_user_in_one_request_are_read_by_one_SQL_statement()
    {
        var counter = new SqlStatementCounter();
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, services => counter.AddTo(services));
        var ids = _active.Skip(2).Select(user => GlobalId.Format("User", user.Id)).ToArray();
        var variables = new { ids, a = GlobalId.Format("User", _active[0].Id), b = GlobalId.Format("User", _active[1].Id) };
        JsonElement result = default;

        var statements = await counter.MeasureAsync(async () => result = await server.QueryAsync(
            "query($ids: [ID!]!, $a: ID!, $b: ID!) { nodes(ids: $ids) { id } node(id: $a) { id } user(id: $b) { handle } }", variables));

        AssertNoErrors(result);
        Assert.Equal(18, result.GetProperty("data").GetProperty("nodes").GetArrayLength());
        Assert.Equal(_active[1].Handle, result.GetProperty("data").GetProperty("user").GetProperty("handle").GetString());
        Assert.True(statements.Count == 1, $"Expected one statement, got {statements.Count}:\n{string.Join("\n\n", statements)}");
    }

    [Fact]
    public async Task An_id_of_a_type_without_node_resolver_is_null_with_an_error()
    {
        var profileId = GlobalId.Format("Profile", Guid.NewGuid());

        var result = await api.Server.QueryAsync("query($id: ID!) { node(id: $id) { id } }", new { id = profileId });

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("There is no node resolver registered for type `Profile`.", error.GetProperty("message").GetString());
        Assert.Equal("HC0016", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"node\"]", error.GetProperty("path").GetRawText());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Theory]
    [InlineData("not-a-global-id")]
    [InlineData("VXNlcjpub3QtYS11dWlk")] // "User:not-a-uuid"
    public async Task A_malformed_id_is_null_with_an_error(string id)
    {
        var result = await api.Server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = new[] { GlobalId.Format("User", _active[0].Id), id } });

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("The node ID string has an invalid format.", error.GetProperty("message").GetString());
        Assert.Equal("HC0016", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("[\"nodes\",1]", error.GetProperty("path").GetRawText());
        var nodes = result.GetProperty("data").GetProperty("nodes");
        Assert.Equal(GlobalId.Format("User", _active[0].Id), nodes[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
    }

    [Fact]
    public async Task Nodes_refuses_more_than_fifty_ids_before_reading_any()
    {
        var ids = Enumerable.Range(0, 51).Select(_ => GlobalId.Format("User", _active[0].Id)).ToArray();

        var result = await api.Server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0076", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            "The maximum number of nodes that can be fetched at once is 50. This selection tried to fetch 51 nodes that exceeded the maximum allowed amount.",
            error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task The_maximum_is_a_setting()
    {
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, "--GraphQL:Relay:MaxAllowedNodeBatchSize=2");
        string[] Ids(int count) => [.. _active.Take(count).Select(user => GlobalId.Format("User", user.Id))];

        var allowed = await server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Ids(2) });
        var refused = await server.QueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids = Ids(3) });

        AssertNoErrors(allowed);
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0076", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("The maximum number of nodes that can be fetched at once is 2.", error.GetProperty("message").GetString());
    }

    private static User NewUser(string handle, UserStatus status) => new()
    {
        Email = $"{handle}@example.com",
        Handle = handle,
        PasswordHash = "AQAAAAIAAYagAAAAEnot-a-real-hash",
        Status = status,
        CreatedAt = CreatedAt,
        Profile = new Profile(),
    };

    private static void AssertNoErrors(JsonElement result) =>
        Assert.False(result.TryGetProperty("errors", out _), $"Unexpected errors: {result}");
}
