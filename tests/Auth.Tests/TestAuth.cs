using System.Net;
using System.Text.RegularExpressions;
using GraphApi.Auth.Accounts;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace GraphApi.Auth.Tests;

/// <summary>
/// The account services as <c>AddAccounts</c> registers them, on a test class's database, with a clock the test moves
/// and cheap password hashing. Helpers create accounts through the real sign-up flow.
/// </summary>
public sealed partial class TestAuth : IAsyncDisposable
{
    public const string SigningKey = "tests-signing-key-that-is-long-enough-for-hmac-sha256";
    public const string Password = "correct horse 1";
    public static readonly IPAddress ClientIp = IPAddress.Parse("203.0.113.7");
    public const string ClientUserAgent = "Mozilla/5.0 (tests)";

    private TestAuth(ServiceProvider services, DatabaseFixture database, ManualTimeProvider time)
    {
        Services = services;
        Database = database;
        Time = time;
    }

    public ServiceProvider Services { get; }

    public DatabaseFixture Database { get; }

    public ManualTimeProvider Time { get; }

    public AccountService Accounts => Get<AccountService>();

    /// <summary>The settings every test uses, with <paramref name="settings"/> added or overriding them (a null value removes one).</summary>
    public static Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:Passwords:HashIterations"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                all.Remove(key);
            }
            else
            {
                all[key] = value;
            }
        }

        return all;
    }

    public static TestAuth Create(
        DatabaseFixture database,
        IReadOnlyDictionary<string, string?>? settings = null,
        ManualTimeProvider? time = null,
        Action<IServiceCollection>? configureServices = null)
    {
        time ??= new ManualTimeProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings(settings)).Build();
        var environment = Environment(Environments.Production);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(database.DbContextFactory)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<IHostEnvironment>(environment);
        configureServices?.Invoke(services);
        services.AddAccounts(configuration, environment);
        return new TestAuth(services.BuildServiceProvider(), database, time);
    }

    public static IHostEnvironment Environment(string name) =>
        new HostingEnvironment { EnvironmentName = name, ApplicationName = "GraphApi.Auth.Tests", ContentRootPath = AppContext.BaseDirectory };

    public static string NewEmail() => $"{Guid.NewGuid():N}@example.com";

    public static string NewHandle() => "u_" + Guid.NewGuid().ToString("N")[..20];

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The code in the newest email sent to <paramref name="email"/>.</summary>
    public Task<string> LatestCodeAsync(string email) => LatestCodeAsync(Database, email);

    /// <summary>Requests a sign-up code for a new email and signs up with it.</summary>
    public Task<SignedIn> SignUpAsync(string? email = null, string? handle = null, string password = Password) =>
        SignUpAsync(Accounts, Database, email, handle, password);

    public static async Task<string> LatestCodeAsync(DatabaseFixture database, string email)
    {
        await using var db = database.CreateDbContext();
        var message = await db.EmailOutbox.Where(m => m.ToAddress == email).OrderByDescending(m => m.CreatedAt).FirstAsync();
        return SixDigits().Match(message.Body).Value;
    }

    /// <summary>Signs up through <paramref name="accounts"/>, reading the code from <paramref name="database"/>'s outbox.</summary>
    public static async Task<SignedIn> SignUpAsync(
        AccountService accounts, DatabaseFixture database, string? email = null, string? handle = null, string password = Password)
    {
        email ??= NewEmail();
        var sent = await accounts.RequestSignUpCodeAsync(email);
        Assert.True(sent.Succeeded, sent.ToString());
        var signedIn = await accounts.SignUpAsync(
            email, await LatestCodeAsync(database, email), password, handle ?? NewHandle(), null, ClientUserAgent, ClientIp);
        Assert.True(signedIn.Succeeded, signedIn.ToString());
        return signedIn.Value;
    }

    public async Task SetStatusAsync(Guid userId, UserStatus status)
    {
        await using var db = Database.CreateDbContext();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.Status, status)
            .SetProperty(u => u.DeletedAt, status == UserStatus.Deleted ? Time.GetUtcNow() : (DateTimeOffset?)null));
    }

    public async Task<User> LoadUserAsync(Guid userId)
    {
        await using var db = Database.CreateDbContext();
        return await db.Users.Include(u => u.Profile).SingleAsync(u => u.Id == userId);
    }

    public AppDbContext CreateDbContext() => Database.CreateDbContext();

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
