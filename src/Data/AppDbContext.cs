using GraphApi.Data.Accounts;
using GraphApi.Data.Conventions;
using GraphApi.Data.Follows;
using GraphApi.Data.Notifications;
using GraphApi.Data.Posts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data;

/// <summary>
/// The application's database. Use short-lived instances from <see cref="IDbContextFactory{AppDbContext}"/>
/// (see <see cref="AppDatabaseServiceCollectionExtensions.AddAppDatabase"/>); never share one between resolvers that
/// run at the same time. The schema itself comes from the SQL migrations, not from this model; a test keeps the two equal.
/// </summary>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<VerificationCode> VerificationCodes => Set<VerificationCode>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<EmailOutboxMessage> EmailOutbox => Set<EmailOutboxMessage>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<FollowRequest> FollowRequests => Set<FollowRequest>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostLike> PostLikes => Set<PostLike>();

    public DbSet<PostEdit> PostEdits => Set<PostEdit>();

    public DbSet<PostMention> PostMentions => Set<PostMention>();

    public DbSet<PostHashtag> PostHashtags => Set<PostHashtag>();

    public DbSet<Notification> Notifications => Set<Notification>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Conventions.Add(_ => new SnakeCaseNamingConvention());
        configurationBuilder.Properties<UserStatus>().HaveConversion<SnakeCaseEnumConverter<UserStatus>>();
        configurationBuilder.Properties<VerificationPurpose>().HaveConversion<SnakeCaseEnumConverter<VerificationPurpose>>();
        configurationBuilder.Properties<PostVisibility>().HaveConversion<SnakeCaseEnumConverter<PostVisibility>>();
        configurationBuilder.Properties<NotificationKind>().HaveConversion<SnakeCaseEnumConverter<NotificationKind>>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        AccountsModel.Configure(modelBuilder);
        FollowsModel.Configure(modelBuilder);
        PostsModel.Configure(modelBuilder);
        NotificationsModel.Configure(modelBuilder);
    }
}
