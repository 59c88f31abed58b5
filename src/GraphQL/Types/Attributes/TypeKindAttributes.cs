namespace GraphQL.Types;

/// <summary>
/// Makes a C# interface or abstract class a GraphQL interface. C# interfaces used as output types are
/// interfaces without it; abstract classes need it (otherwise they are object types).
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class InterfaceTypeAttribute : Attribute;

/// <summary>
/// Makes a C# marker interface or abstract class a GraphQL union whose members are the object types that
/// implement or derive from it.
/// </summary>
[AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
public sealed class UnionTypeAttribute : Attribute;

/// <summary>
/// Marks a class or struct as an input object so that it can be registered on its own
/// (classes used as parameters become input objects without it).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class InputObjectTypeAttribute : Attribute;
