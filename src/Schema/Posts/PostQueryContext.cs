using GraphApi.Data;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts;

/// <summary>A short-lived context for a resolver that returns a query: disposed once the field's value is complete.</summary>
internal static class PostQueryContext
{
    public static AppDbContext Open(IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context)
    {
        var db = dbContextFactory.CreateDbContext();
        context.RegisterForCleanup(db);
        return db;
    }
}
