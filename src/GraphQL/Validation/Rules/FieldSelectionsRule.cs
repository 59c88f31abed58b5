using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation.Rules;

/// <summary>
/// 5.3.1 Field Selections: every selected field is defined on the type in scope (unions define only
/// <c>__typename</c>). Fields of an operation whose root type the schema lacks are left to 5.2.1.1.
/// </summary>
public sealed class FieldSelectionsRule : IValidationRule
{
    private const string Section = "sec-Field-Selections";

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override void EnterField(FieldNode node)
        {
            if (context.TypeInfo.ParentType is not { } parentType || context.TypeInfo.FieldDefinition is not null)
            {
                return;
            }
            var fieldName = node.Name.Value;
            var typeSuggestions = SuggestTypes(parentType, fieldName);
            var hint = typeSuggestions.Count > 0
                ? Suggestions.DidYouMean(typeSuggestions, "to use an inline fragment on")
                : Suggestions.DidYouMean(fieldName, parentType is ComplexType complex ? complex.Fields.Select(field => field.Name) : []);
            context.ReportError($"The field \"{fieldName}\" does not exist on type \"{parentType.Name}\".{hint}", Section, node);
        }

        /// <summary>
        /// For an abstract type: the interfaces, then the object types, that could be in scope and define the field.
        /// Interfaces implemented by more of the possible types come first.
        /// </summary>
        private List<string> SuggestTypes(NamedType parentType, string fieldName)
        {
            var suggestions = new List<string>();
            if (!parentType.IsAbstractType())
            {
                return suggestions;
            }
            var interfaceUsage = new Dictionary<string, int>(StringComparer.Ordinal);
            var objectTypes = new List<string>();
            foreach (var possibleType in context.Schema.GetPossibleTypes(parentType))
            {
                if (!possibleType.Fields.Contains(fieldName))
                {
                    continue;
                }
                objectTypes.Add(possibleType.Name);
                foreach (var implemented in possibleType.Interfaces)
                {
                    if (implemented.Fields.Contains(fieldName))
                    {
                        interfaceUsage[implemented.Name] = interfaceUsage.GetValueOrDefault(implemented.Name) + 1;
                    }
                }
            }
            suggestions.AddRange(interfaceUsage.Keys);
            suggestions.Sort((a, b) => interfaceUsage[a] != interfaceUsage[b]
                ? interfaceUsage[b] - interfaceUsage[a]
                : string.CompareOrdinal(a, b));
            objectTypes.Sort(StringComparer.Ordinal);
            suggestions.AddRange(objectTypes);
            return suggestions;
        }
    }
}
