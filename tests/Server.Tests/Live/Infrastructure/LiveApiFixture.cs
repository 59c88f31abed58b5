using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.Live.Infrastructure;

/// <summary>
/// The API server with the tests' Redis as its topic provider, under a topic prefix of the test class's own (so no
/// other test sees its channels), and the accounts fixture's movable clock.
/// </summary>
public sealed class LiveApiFixture : AccountsApiFixture
{
    /// <summary>The <c>Subscriptions:TopicPrefix</c> of this fixture's server.</summary>
    public string TopicPrefix { get; } = $"test-{Guid.NewGuid():N}:";

    protected override string[] Settings => [.. base.Settings, $"--Subscriptions:TopicPrefix={TopicPrefix}"];
}
