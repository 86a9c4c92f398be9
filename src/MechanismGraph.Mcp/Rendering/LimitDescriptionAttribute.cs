using System.ComponentModel;

namespace MechanismGraph.Mcp.Rendering;

/// <summary>
/// A tool or parameter description whose bounds come from <see cref="McpLimits.Describe"/> (and so from QueryLimits), so
/// what a model reads can never disagree with what the tool enforces. Placeholders: see <see cref="McpLimits.Ranges"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Method)]
internal sealed class LimitDescriptionAttribute(string template) : DescriptionAttribute(McpLimits.Describe(template));
