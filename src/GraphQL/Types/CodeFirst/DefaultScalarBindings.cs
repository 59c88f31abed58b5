namespace GraphQL.Types.CodeFirst;

/// <summary>The scalar each CLR type maps to unless <c>BindScalar</c> says otherwise (HotChocolate's mapping).</summary>
internal static class DefaultScalarBindings
{
    public static Dictionary<Type, ScalarType> Create() => new()
    {
        [typeof(string)] = BuiltInScalars.String,
        [typeof(int)] = BuiltInScalars.Int,
        [typeof(short)] = BuiltInScalars.Int,
        [typeof(byte)] = BuiltInScalars.Int,
        [typeof(long)] = BuiltInScalars.Long,
        [typeof(float)] = BuiltInScalars.Float,
        [typeof(double)] = BuiltInScalars.Float,
        [typeof(decimal)] = BuiltInScalars.Decimal,
        [typeof(bool)] = BuiltInScalars.Boolean,
        [typeof(Guid)] = BuiltInScalars.UUID,
        [typeof(DateTimeOffset)] = BuiltInScalars.DateTime,
        [typeof(DateTime)] = BuiltInScalars.DateTime,
        [typeof(DateOnly)] = BuiltInScalars.Date,
        [typeof(TimeOnly)] = BuiltInScalars.LocalTime,
        [typeof(Uri)] = BuiltInScalars.URL,
    };
}
