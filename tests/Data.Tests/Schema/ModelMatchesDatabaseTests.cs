using GraphApi.Testing;

namespace GraphApi.Data.Tests.Schema;

public sealed class ModelMatchesDatabaseTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_migrated_database_has_exactly_the_tables_columns_keys_and_indexes_of_the_model()
    {
        await using var context = database.CreateDbContext();

        var model = ModelSchema.Describe(context.Model);
        var actual = await DatabaseSchema.DescribeAsync(database.DataSource);

        var difference = SchemaFacts.Difference(model, actual);
        Assert.True(difference.Length == 0, difference);
    }

    [Fact]
    public async Task Both_descriptions_see_the_accounts_tables()
    {
        // Guards the comparison itself: two empty descriptions would be equal too.
        await using var context = database.CreateDbContext();
        string[] expected =
        [
            "users: primary key pk_users (id)",
            "users: column email_normalized text not null generated",
            "users: unique index ux_users_handle (handle)",
            "profiles: foreign key fk_profiles_users_user_id (user_id) references users (id) on delete cascade",
            "refresh_tokens: column ip_address inet null",
            "refresh_tokens: foreign key fk_refresh_tokens_refresh_tokens_replaced_by_id (replaced_by_id) references refresh_tokens (id) on delete set null",
            "verification_codes: index ix_verification_codes_email_purpose (email, purpose)",
            "email_outbox: column created_at timestamp with time zone not null",
            "follows: primary key pk_follows (follower_id, followee_id)",
            "follows: index ix_follows_followee_id (followee_id)",
            "follow_requests: unique index ux_follow_requests_requester_id_target_id (requester_id, target_id)",
        ];

        var model = ModelSchema.Describe(context.Model);
        var actual = await DatabaseSchema.DescribeAsync(database.DataSource);

        Assert.All(expected, fact => Assert.Contains(fact, model));
        Assert.All(expected, fact => Assert.Contains(fact, actual));
    }

    [Fact]
    public void The_difference_lists_what_each_side_lacks()
    {
        var model = new SortedSet<string> { "users: column a text not null", "users: column b text null" };
        var actual = new SortedSet<string> { "users: column b text null", "users: column c uuid null" };

        Assert.Equal(
            string.Join(Environment.NewLine,
                "The migrated database does not match AppDbContext's model.",
                "In the model but not in the database:",
                "  users: column a text not null",
                "In the database but not in the model:",
                "  users: column c uuid null",
                "Fix the model or add a migration (src/Data/README.md)."),
            SchemaFacts.Difference(model, actual));
        Assert.Equal("", SchemaFacts.Difference(model, model));
    }
}
