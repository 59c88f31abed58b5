using System.Collections;
using System.Linq.Expressions;
using static GraphQL.Data.FilterOperations;

namespace GraphQL.Data;

/// <summary>
/// Translates a coerced <c>where</c> value (input object dictionaries) into a predicate over the element type.
/// Fields whose value is null and operation objects with nothing set add no condition; the conditions of one object
/// are combined with AND. The predicate uses only member access, comparisons, <see cref="string"/> methods and
/// <see cref="Enumerable"/> calls, so LINQ providers (EF Core) translate it to SQL.
/// </summary>
internal sealed class FilterTranslator(FilterScope scope)
{
    /// <summary>The predicate, or null when the filter has no condition at all.</summary>
    public Expression<Func<T, bool>>? Translate<T>(FilterObject filter, IReadOnlyDictionary<string, object?> where)
    {
        var element = Expression.Parameter(typeof(T), "x");
        var body = Object(filter, element, where, scope.ArgumentName, depth: 1);
        return body is null ? null : Expression.Lambda<Func<T, bool>>(body, element);
    }

    private Expression? Object(FilterObject filter, Expression instance, IReadOnlyDictionary<string, object?> value, string path, int depth)
    {
        scope.EnterLevel(depth, path);
        var conditions = new List<Expression?>();
        foreach (var (name, fieldValue) in value)
        {
            if (fieldValue is null)
            {
                continue;
            }
            var fieldPath = path + "." + name;
            conditions.Add(name switch
            {
                And => AndAll(Items(fieldValue, fieldPath).Select(item => Object(filter, instance, item.Value, item.Path, depth + 1))),
                Or => OrAny(Items(fieldValue, fieldPath).Select(item => Object(filter, instance, item.Value, item.Path, depth + 1))),
                _ => Field(filter.Fields[name], instance, fieldValue, fieldPath, depth),
            });
        }
        return AndAll(conditions);
    }

    private Expression? Field(FilterField field, Expression instance, object value, string path, int depth)
    {
        var member = Expression.Property(instance, field.Property);
        var operations = (IReadOnlyDictionary<string, object?>)value;
        switch (field.Target)
        {
            case OperationFilter operation:
                return Operations(operation.Operand, member, operations, path, depth);
            case ListFilter list:
                return List(list, member, operations, path, depth);
            default:
                var nested = Object((FilterObject)field.Target, member, operations, path, depth + 1);
                // The null check keeps in-memory filtering from failing on a missing object; SQL gets a harmless IS NOT NULL.
                return nested is null || member.Type.IsValueType
                    ? nested
                    : Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, member.Type)), nested);
        }
    }

    private Expression? Operations(FilterOperand operand, Expression member, IReadOnlyDictionary<string, object?> operations, string path, int depth)
    {
        scope.EnterLevel(depth, path);
        var conditions = new List<Expression?>();
        foreach (var (name, value) in operations)
        {
            var operationPath = path + "." + name;
            conditions.Add(name switch
            {
                And => AndAll(Items(value, operationPath).Select(item => Operations(operand, member, item.Value, item.Path, depth + 1))),
                Or => OrAny(Items(value, operationPath).Select(item => Operations(operand, member, item.Value, item.Path, depth + 1))),
                _ => Operation(operand, member, name, value, operationPath),
            });
        }
        return AndAll(conditions);
    }

    private Expression Operation(FilterOperand operand, Expression member, string name, object? value, string path)
    {
        scope.CountCondition(path);
        return name switch
        {
            Equal when value is null => FilterExpressions.IsNull(member, operand),
            NotEqual when value is null => Expression.Not(FilterExpressions.IsNull(member, operand)),
            Equal => Expression.Equal(member, operand.Parameter(value)),
            NotEqual => Expression.Not(Expression.Equal(member, operand.Parameter(value))),
            In => FilterExpressions.In(operand, member, NonEmptyList(value, path)),
            NotIn => Expression.Not(FilterExpressions.In(operand, member, NonEmptyList(value, path))),
            _ when name.EndsWith(IgnoreCaseSuffix, StringComparison.Ordinal) =>
                FilterExpressions.StringOperation(name[..^IgnoreCaseSuffix.Length], member, Required(value, path), ignoreCase: true),
            _ when StringMatches.Contains(name) => FilterExpressions.StringOperation(name, member, Required(value, path), ignoreCase: false),
            _ => FilterExpressions.Comparison(name, member, operand.Parameter(Required(value, path))),
        };
    }

    private Expression? List(ListFilter list, Expression member, IReadOnlyDictionary<string, object?> operations, string path, int depth)
    {
        var conditions = new List<Expression?>();
        foreach (var (name, value) in operations)
        {
            if (value is null)
            {
                continue;
            }
            var operationPath = path + "." + name;
            if (name == Any)
            {
                scope.CountCondition(operationPath);
                var hasElements = Expression.Call(list.AnyMethod, member);
                conditions.Add((bool)value ? hasElements : Expression.Not(hasElements));
                continue;
            }
            var predicate = ElementPredicate(list, (IReadOnlyDictionary<string, object?>)value, operationPath, depth + 1);
            if (predicate is null)
            {
                continue;
            }
            conditions.Add(name switch
            {
                Some => Expression.Call(list.AnyMatchingMethod, member, predicate),
                None => Expression.Not(Expression.Call(list.AnyMatchingMethod, member, predicate)),
                _ => Expression.Call(list.AllMethod, member, predicate),
            });
        }
        return AndAll(conditions);
    }

    private LambdaExpression? ElementPredicate(ListFilter list, IReadOnlyDictionary<string, object?> value, string path, int depth)
    {
        var element = list.ElementParameter(depth);
        var body = list.Element switch
        {
            OperationFilter operation => Operations(operation.Operand, element, value, path, depth),
            var target => Object((FilterObject)target, element, value, path, depth),
        };
        return body is null ? null : Expression.Lambda(list.PredicateType, body, element);
    }

    private static IEnumerable<(IReadOnlyDictionary<string, object?> Value, string Path)> Items(object? list, string path) =>
        ((IEnumerable?)list ?? Array.Empty<object>()).Cast<IReadOnlyDictionary<string, object?>>().Select((item, index) => (item, $"{path}[{index}]"));

    private IEnumerable NonEmptyList(object? value, string path)
    {
        var list = (IEnumerable)Required(value, path);
        return list.Cast<object?>().Any() ? list : throw scope.Error(path, "the list is empty; give at least one value");
    }

    private object Required(object? value, string path) =>
        value ?? throw scope.Error(path, "the operation needs a value, not null");

    /// <summary>The conditions joined by AND, leaving out the ones that are no condition; null when none is left.</summary>
    private static Expression? AndAll(IEnumerable<Expression?> conditions) =>
        conditions.OfType<Expression>().Aggregate((Expression?)null, (all, next) => all is null ? next : Expression.AndAlso(all, next));

    /// <summary>The conditions joined by OR; an item without condition matches everything, so the whole is no condition.</summary>
    private static Expression? OrAny(IEnumerable<Expression?> conditions)
    {
        Expression? any = null;
        foreach (var condition in conditions.ToList())
        {
            if (condition is null)
            {
                return null;
            }
            any = any is null ? condition : Expression.OrElse(any, condition);
        }
        return any;
    }
}
