using GraphQL.CostAnalysis;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// HotChocolate's <c>GraphQL-Cost</c> request header: <c>report</c> adds the operation's cost to the result as
/// <c>extensions.operationCost</c>; <c>validate</c> answers with the cost alone and runs nothing. Other values are ignored.
/// </summary>
internal static class CostReportingHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReporting Of(HttpRequest request)
    {
        var value = request.Headers[Name].ToString().Trim();
        if (value.Equals("report", StringComparison.OrdinalIgnoreCase))
        {
            return CostReporting.Report;
        }
        return value.Equals("validate", StringComparison.OrdinalIgnoreCase) ? CostReporting.Validate : CostReporting.None;
    }
}
