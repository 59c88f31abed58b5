using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Posts;

/// <summary>The EF Core mapping of posts, likes, edits, mentions and hashtags; names come from the snake_case convention.</summary>
internal static class PostsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Post>(post =>
        {
            post.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Cascade);
            post.HasOne<Post>().WithMany().HasForeignKey(p => p.ReplyToId).OnDelete(DeleteBehavior.Cascade);
            post.HasOne<Post>().WithMany().HasForeignKey(p => p.ThreadRootId).OnDelete(DeleteBehavior.Cascade);
            post.HasOne(p => p.RepostOf).WithMany().HasForeignKey(p => p.RepostOfId).OnDelete(DeleteBehavior.Cascade);

            // Timelines and the home feed: an author's newest posts first, the id breaking ties (the keyset order).
            post.HasIndex(p => new { p.AuthorId, p.CreatedAt, p.Id }).IsDescending(false, true, true);
            post.HasIndex(p => new { p.ReplyToId, p.CreatedAt, p.Id });
            post.HasIndex(p => new { p.ThreadRootId, p.CreatedAt, p.Id });
            post.HasIndex(p => new { p.CreatedAt, p.Id }).IsDescending();
            post.HasIndex(p => p.RepostOfId);
            post.HasIndex(p => new { p.AuthorId, p.RepostOfId })
                .IsUnique()
                .HasFilter("repost_of_id IS NOT NULL AND deleted_at IS NULL");
            // Substring search (ILIKE '%…%') through trigrams.
            post.HasIndex(p => p.Text).HasMethod("gin").HasOperators("gin_trgm_ops").HasDatabaseName("ix_posts_text_trgm");
        });

        model.Entity<PostLike>(like =>
        {
            like.HasKey(l => new { l.PostId, l.UserId });
            like.HasOne<Post>().WithMany().HasForeignKey(l => l.PostId).OnDelete(DeleteBehavior.Cascade);
            like.HasOne<Accounts.User>().WithMany().HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
            like.HasIndex(l => l.UserId);
        });

        model.Entity<PostEdit>(edit =>
        {
            edit.HasOne<Post>().WithMany().HasForeignKey(e => e.PostId).OnDelete(DeleteBehavior.Cascade);
            edit.HasIndex(e => new { e.PostId, e.ReplacedAt });
        });

        model.Entity<PostMention>(mention =>
        {
            mention.HasKey(m => new { m.PostId, m.UserId });
            mention.HasOne<Post>().WithMany().HasForeignKey(m => m.PostId).OnDelete(DeleteBehavior.Cascade);
            mention.HasOne<Accounts.User>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
            mention.HasIndex(m => m.UserId);
        });

        model.Entity<PostHashtag>(hashtag =>
        {
            hashtag.HasKey(h => new { h.PostId, h.Tag });
            hashtag.HasOne<Post>().WithMany().HasForeignKey(h => h.PostId).OnDelete(DeleteBehavior.Cascade);
            hashtag.HasIndex(h => new { h.Tag, h.PostId });
        });
    }
}
