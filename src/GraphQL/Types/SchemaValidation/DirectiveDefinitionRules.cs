namespace GraphQL.Types;

/// <summary>
/// Directive definitions (spec 3.13): a valid name, at least one location, arguments following the input value rules,
/// and no use of the directive on its own arguments.
/// </summary>
internal static class DirectiveDefinitionRules
{
    public static void Validate(SchemaValidationContext context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            var coordinate = SchemaCoordinates.Directive(directive);
            NameRules.Validate(context, directive.Name, "directive", coordinate);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive \"{coordinate}\" must have at least one location.");
            }
            foreach (var argument in directive.Arguments)
            {
                var argumentCoordinate = SchemaCoordinates.DirectiveArgument(directive, argument);
                InputValueRules.Validate(context, argument, "directive argument", argumentCoordinate);
                if (argument.Directives.Any(applied => applied.Name.Value == directive.Name))
                {
                    context.Report($"Directive \"{coordinate}\" cannot be used on its own argument \"{argumentCoordinate}\".");
                }
            }
        }
    }
}
