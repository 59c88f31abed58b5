using GraphApi.Auth.Passwords;
using GraphApi.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Tests.Passwords;

public sealed class PasswordServiceTests
{
    private static PasswordService Service(int iterations) =>
        new(new PasswordHasher<User>(Options.Create(new PasswordHasherOptions { IterationCount = iterations })));

    private static User UserWithHash(string hash) => new()
    {
        Email = "someone@example.com", Handle = "someone", PasswordHash = hash, CreatedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Hashes_in_identity_v3_format_with_a_salt_and_verifies_the_right_password()
    {
        var service = Service(1000);
        var hash = service.Hash("secret pass 1");

        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        Assert.NotEqual(hash, service.Hash("secret pass 1"));
        Assert.DoesNotContain("secret", hash);
        Assert.Equal(PasswordCheck.Correct, service.Verify(UserWithHash(hash), "secret pass 1"));
    }

    [Fact]
    public void A_wrong_password_is_wrong() =>
        Assert.Equal(PasswordCheck.Wrong, Service(1000).Verify(UserWithHash(Service(1000).Hash("secret pass 1")), "secret pass 2"));

    [Fact]
    public void Without_a_user_every_password_is_wrong() => Assert.Equal(PasswordCheck.Wrong, Service(1000).Verify(null, "anything 1"));

    [Fact]
    public void A_hash_with_fewer_iterations_than_configured_needs_a_rehash()
    {
        var oldHash = Service(1000).Hash("secret pass 1");
        var current = Service(2000);

        Assert.Equal(PasswordCheck.CorrectButRehashNeeded, current.Verify(UserWithHash(oldHash), "secret pass 1"));
        Assert.Equal(PasswordCheck.Wrong, current.Verify(UserWithHash(oldHash), "secret pass 2"));
        Assert.Equal(PasswordCheck.Correct, current.Verify(UserWithHash(current.Hash("secret pass 1")), "secret pass 1"));
    }
}
