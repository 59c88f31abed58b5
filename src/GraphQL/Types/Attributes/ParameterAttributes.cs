namespace GraphQL.Types;

/// <summary>The parameter receives the parent object of the field being resolved.</summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ParentAttribute : Attribute;

/// <summary>
/// The parameter is resolved from the request's services. Interfaces and abstract classes that are not
/// input types are treated as services without it; concrete classes need it (they would otherwise be input objects).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class ServiceAttribute : Attribute;
