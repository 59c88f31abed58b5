using GraphApi.Data.Migrations;

namespace GraphApi.Data.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public void Reads_version_and_name_from_the_file_name()
    {
        var migration = Migration.FromFile("0012_add_posts.sql", "CREATE TABLE posts ();");

        Assert.Equal(12, migration.Version);
        Assert.Equal("add_posts", migration.Name);
        Assert.Equal("0012_add_posts", migration.ToString());
    }

    [Theory]
    [InlineData("12_add_posts.sql")]
    [InlineData("0012-add-posts.sql")]
    [InlineData("0012_Add_Posts.sql")]
    [InlineData("0012_add_posts.txt")]
    [InlineData("add_posts.sql")]
    [InlineData("0012_.sql")]
    public void Refuses_file_names_not_shaped_like_NNNN_name_sql(string fileName)
    {
        var error = Assert.Throws<FormatException>(() => Migration.FromFile(fileName, ""));
        Assert.StartsWith($"Migration file '{fileName}' is not named like '0001_create_users.sql'", error.Message);
    }

    [Fact]
    public void Refuses_version_zero()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Migration.FromFile("0000_nothing.sql", ""));
    }

    [Fact]
    public void Checksum_is_the_sha256_of_the_sql_whatever_its_line_endings()
    {
        var unix = new Migration(1, "a", "SELECT 1;\nSELECT 2;\n");
        var windows = new Migration(1, "a", "SELECT 1;\r\nSELECT 2;\r\n");

        Assert.Equal(unix.Checksum, windows.Checksum);
        Assert.Matches("^[0-9a-f]{64}$", unix.Checksum);
        Assert.NotEqual(unix.Checksum, new Migration(1, "a", "SELECT 1;\nSELECT 3;\n").Checksum);
    }

    [Fact]
    public void The_application_migrations_are_embedded_and_numbered_from_one_without_gaps()
    {
        var migrations = AppMigrations.All;

        Assert.Equal("0001_accounts", migrations[0].ToString());
        Assert.Equal(Enumerable.Range(1, migrations.Count), migrations.Select(m => m.Version));
        Assert.All(migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [Fact]
    public void A_runner_refuses_two_migrations_with_one_version()
    {
        var error = Assert.Throws<ArgumentException>(() => new MigrationRunner(
            [new Migration(1, "first", ""), new Migration(2, "second", ""), new Migration(1, "again", "")]));

        Assert.StartsWith("Migrations 0001_first and 0001_again have the same version 1.", error.Message);
    }
}
