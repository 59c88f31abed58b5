namespace GraphQL.Types;

/// <summary>
/// Every input object can be given a finite value (spec 3.10: an input object may reference itself only through a
/// nullable or list field). A field that must be given — non-null in a plain input object — blocks when its input
/// object cannot be given; a @oneOf input object needs at least one field that can be given. Only the types on a
/// blocking cycle are reported, not every type that depends on one.
/// </summary>
internal static class InputObjectCycleRule
{
    public static void Validate(SchemaValidationContext context)
    {
        var inputObjects = context.Schema.Types.OfType<InputObjectType>().ToList();
        var finite = FindFinite(inputObjects);
        foreach (var type in inputObjects)
        {
            if (finite.Contains(type.Name))
            {
                continue;
            }
            var path = new List<string>();
            if (FindPathBack(type, type, finite, path, []))
            {
                var fields = string.Join(".", path);
                context.Report(type.IsOneOf
                    ? $"OneOf input object \"{type.Name}\" cannot be given a finite value: each of its fields leads back to it (for example through \"{fields}\")."
                    : $"Input object \"{type.Name}\" references itself through the non-null fields \"{fields}\", so no finite value of it exists.");
            }
        }
    }

    /// <summary>The names of the input objects that have a finite value: a fixed point, growing until stable.</summary>
    private static HashSet<string> FindFinite(List<InputObjectType> inputObjects)
    {
        // An input object without fields breaks another rule; counting it as finite avoids a second report.
        var finite = inputObjects.Where(t => t.Fields.Count == 0).Select(t => t.Name).ToHashSet();
        bool changed;
        do
        {
            changed = false;
            foreach (var type in inputObjects)
            {
                var hasFiniteValue = type.IsOneOf
                    ? type.Fields.Any(field => CanBeGiven(field, finite))
                    : type.Fields.All(field => !field.Type.IsNonNull() || CanBeGiven(field, finite));
                if (!finite.Contains(type.Name) && hasFiniteValue)
                {
                    finite.Add(type.Name);
                    changed = true;
                }
            }
        }
        while (changed);
        return finite;
    }

    /// <summary>A list can always be empty and leaves always have values; an input object only when it is finite.</summary>
    private static bool CanBeGiven(InputField field, HashSet<string> finite) =>
        field.Type.Nullable() is not InputObjectType inputObject || finite.Contains(inputObject.Name);

    /// <summary>Depth-first search along blocking fields for a way back to <paramref name="target"/>.</summary>
    private static bool FindPathBack(InputObjectType current, InputObjectType target, HashSet<string> finite, List<string> path, HashSet<string> visited)
    {
        if (!visited.Add(current.Name))
        {
            return false;
        }
        foreach (var field in current.Fields)
        {
            var blocks = current.IsOneOf || field.Type.IsNonNull();
            if (!blocks || field.Type.Nullable() is not InputObjectType next || finite.Contains(next.Name))
            {
                continue;
            }
            path.Add(field.Name);
            if (next == target || FindPathBack(next, target, finite, path, visited))
            {
                return true;
            }
            path.RemoveAt(path.Count - 1);
        }
        return false;
    }
}
