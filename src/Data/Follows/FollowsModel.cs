using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Follows;

/// <summary>The EF Core mapping of follows and follow requests; names come from the snake_case convention.</summary>
internal static class FollowsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Follow>(follow =>
        {
            follow.HasKey(f => new { f.FollowerId, f.FolloweeId });
            follow.HasIndex(f => f.FolloweeId);
            follow.HasOne<User>().WithMany().HasForeignKey(f => f.FollowerId).OnDelete(DeleteBehavior.Cascade);
            follow.HasOne<User>().WithMany().HasForeignKey(f => f.FolloweeId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<FollowRequest>(request =>
        {
            request.HasIndex(r => new { r.RequesterId, r.TargetId }).IsUnique();
            request.HasIndex(r => r.TargetId);
            request.HasOne<User>().WithMany().HasForeignKey(r => r.RequesterId).OnDelete(DeleteBehavior.Cascade);
            request.HasOne<User>().WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
