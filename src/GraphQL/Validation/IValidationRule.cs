namespace GraphQL.Validation;

/// <summary>
/// A validation rule. Rules are stateless and shared; each validation asks the rule for a fresh visitor, which
/// sees the whole document and reports what breaks the rule through <see cref="ValidationContext.ReportError(Execution.GraphQLError)"/>.
/// </summary>
public interface IValidationRule
{
    /// <summary>A visitor for one validation of one document; it may keep state, as it is used only once.</summary>
    ValidationVisitor CreateVisitor(ValidationContext context);
}
