using GraphApi.Auth.Accounts;

namespace GraphApi.Auth.Tests;

/// <summary>Assertions on <see cref="AccountResult{T}"/>.</summary>
public static class AssertResult
{
    public static T Success<T>(AccountResult<T> result)
    {
        Assert.True(result.Succeeded, $"Expected success, got {result}");
        return result.Value;
    }
}
