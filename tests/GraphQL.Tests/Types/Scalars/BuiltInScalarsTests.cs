using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class BuiltInScalarsTests
{
    [Fact]
    public void Specified_lists_the_spec_scalars_and_Extended_the_others()
    {
        Assert.Equal(["String", "Int", "Float", "Boolean", "ID"], BuiltInScalars.Specified.Select(s => s.Name));
        Assert.Equal(["DateTime", "Date", "LocalTime", "UUID", "Long", "Decimal", "URL"], BuiltInScalars.Extended.Select(s => s.Name));
    }

    [Fact]
    public void Find_returns_the_shared_instance_or_null()
    {
        Assert.Same(BuiltInScalars.DateTime, BuiltInScalars.Find("DateTime"));
        Assert.Same(BuiltInScalars.ID, BuiltInScalars.Find("ID"));
        Assert.Null(BuiltInScalars.Find("Money"));
        Assert.Null(BuiltInScalars.Find("string"));
    }

    [Fact]
    public void Every_scalar_has_a_description_and_its_runtime_type()
    {
        Assert.All(BuiltInScalars.Specified.Concat(BuiltInScalars.Extended), scalar => Assert.False(string.IsNullOrWhiteSpace(scalar.Description)));
        Assert.Equal(typeof(DateTimeOffset), BuiltInScalars.DateTime.RuntimeType);
        Assert.Equal(typeof(DateOnly), BuiltInScalars.Date.RuntimeType);
        Assert.Equal(typeof(TimeOnly), BuiltInScalars.LocalTime.RuntimeType);
        Assert.Equal(typeof(Guid), BuiltInScalars.UUID.RuntimeType);
        Assert.Equal(typeof(long), BuiltInScalars.Long.RuntimeType);
        Assert.Equal(typeof(decimal), BuiltInScalars.Decimal.RuntimeType);
        Assert.Equal(typeof(Uri), BuiltInScalars.URL.RuntimeType);
        Assert.Equal(typeof(string), BuiltInScalars.ID.RuntimeType);
    }

    [Fact]
    public void Built_in_directives_see_the_scalars_whatever_is_initialized_first()
    {
        var ifArgument = BuiltInDirectives.Skip.Arguments["if"];
        Assert.Same(BuiltInScalars.Boolean, ((NonNullType)ifArgument.Type).OfType);
        Assert.Same(BuiltInScalars.String, BuiltInDirectives.Deprecated.Arguments["reason"].Type);
    }
}
