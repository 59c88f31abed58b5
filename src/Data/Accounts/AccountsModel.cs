using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Accounts;

/// <summary>The EF Core mapping of the accounts entities; names come from the snake_case convention.</summary>
internal static class AccountsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<User>(user =>
        {
            user.Property(u => u.EmailNormalized).HasComputedColumnSql("lower(email)", stored: true);
            user.HasIndex(u => u.EmailNormalized).IsUnique();
            user.HasIndex(u => u.Handle).IsUnique();
            user.HasOne(u => u.Profile).WithOne().HasForeignKey<Profile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        model.Entity<Profile>().HasKey(p => p.UserId);

        model.Entity<VerificationCode>().HasIndex(c => new { c.Email, c.Purpose });

        model.Entity<RefreshToken>(token =>
        {
            token.HasIndex(t => t.TokenHash).IsUnique();
            token.HasIndex(t => t.FamilyId);
            token.HasOne<User>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
            token.HasOne<RefreshToken>().WithOne().HasForeignKey<RefreshToken>(t => t.ReplacedById).OnDelete(DeleteBehavior.SetNull);
        });

        model.Entity<EmailOutboxMessage>().HasIndex(m => m.ToAddress);
    }
}
