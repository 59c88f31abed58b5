using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>
/// An operation ready to execute: its root type, the root selection plan and its variables' types. Built once per
/// (document, operation) and shared by every request that runs it; it holds no per-request state.
/// </summary>
internal sealed class CompiledOperation
{
    private CompiledOperation(OperationDefinitionNode definition, ObjectType rootType, SelectionSetPlan rootPlan, IReadOnlyList<VariableDefinition> variables)
    {
        Definition = definition;
        RootType = rootType;
        RootPlan = rootPlan;
        Variables = variables;
    }

    public OperationDefinitionNode Definition { get; }

    public OperationType Kind => Definition.Operation;

    public ObjectType RootType { get; }

    public SelectionSetPlan RootPlan { get; }

    public IReadOnlyList<VariableDefinition> Variables { get; }

    /// <summary>Compiles an operation of a validated document; throws <see cref="GraphQLException"/> when the schema has no root type for it.</summary>
    public static CompiledOperation Compile(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        var rootType = schema.GetRootType(operation.Operation)
            ?? throw new GraphQLException($"The schema does not support {operation.Operation.ToString().ToLowerInvariant()} operations.", ErrorCodes.OperationNotSupported);
        var compiler = new OperationCompiler(schema, document.FragmentsByName(), operation.Operation == OperationType.Subscription);
        var variables = new VariableDefinition[operation.VariableDefinitions.Count];
        for (var i = 0; i < variables.Length; i++)
        {
            var node = operation.VariableDefinitions[i];
            var type = schema.TypeFromAst(node.Type)
                ?? throw new GraphQLException($"Variable \"${node.Variable.Name.Value}\" has the unknown type \"{node.Type.NamedType().Name.Value}\".");
            variables[i] = new VariableDefinition(node, type);
        }
        return new CompiledOperation(operation, rootType, compiler.CompileRoot(rootType, operation.SelectionSet), variables);
    }
}

/// <summary>A variable of an operation with its type resolved against the schema.</summary>
internal sealed record VariableDefinition(VariableDefinitionNode Node, IType Type)
{
    public string Name => Node.Variable.Name.Value;
}
