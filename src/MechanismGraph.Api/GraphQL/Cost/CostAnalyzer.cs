using System.Globalization;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace MechanismGraph.Api.GraphQL.Cost;

/// <summary>
/// Measures an operation (see <see cref="CostModel"/>) in time linear in the document: each fragment is measured once
/// per request and reused at every spread, so fragments that spread each other twice cost a multiplication, not an
/// expansion. Works on a document that has not been validated: unknown fields cost 1, fragment cycles count nothing
/// (validation reports both).
/// </summary>
internal sealed class CostAnalyzer
{
    private readonly ISchema _schema;
    private readonly Inputs? _variables;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Measure?> _measured = new(StringComparer.Ordinal); // null while being measured: a cycle

    private CostAnalyzer(ISchema schema, GraphQLDocument document, Inputs? variables)
    {
        _schema = schema;
        _variables = variables;
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
    }

    /// <summary>The report for one operation of <paramref name="document"/>.</summary>
    public static CostReport Analyze(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs? variables)
    {
        var root = operation.Operation switch
        {
            OperationType.Query => schema.Query,
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => null,
        };
        var measure = new CostAnalyzer(schema, document, variables).SelectionSet(operation.SelectionSet, root);
        return new CostReport(measure.Cost, measure.Depth, measure.Fields, measure.MostRepeatedName);
    }

    private Measure SelectionSet(GraphQLSelectionSet? set, IGraphType? parent)
    {
        var total = Measure.Empty();
        if (set is null) return total;
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    total.AddField(ResponseName(field), Field(field, parent));
                    break;
                case GraphQLInlineFragment inline:
                    total.AddSpread(SelectionSet(inline.SelectionSet, inline.TypeCondition is { } condition ? TypeNamed(condition.Type.Name.StringValue) : parent));
                    break;
                case GraphQLFragmentSpread spread:
                    if (Fragment(spread.FragmentName.Name.StringValue) is { } measured) total.AddSpread(measured);
                    break;
            }
        }
        return total;
    }

    private Measure? Fragment(string name)
    {
        if (_measured.TryGetValue(name, out var known)) return known;
        if (!_fragments.TryGetValue(name, out var fragment)) return null; // unknown fragment: validation reports it
        _measured[name] = null;
        var measured = SelectionSet(fragment.SelectionSet, TypeNamed(fragment.TypeCondition.Type.Name.StringValue));
        _measured[name] = measured;
        return measured;
    }

    private Measure Field(GraphQLField field, IGraphType? parent)
    {
        var definition = FieldNamed(parent, field.Name.StringValue);
        var type = definition?.ResolvedType;
        var children = SelectionSet(field.SelectionSet, Unwrap(type));
        var size = ListSize(field, definition, type, parent);
        return Measure.OfField(children, size);
    }

    private double ListSize(GraphQLField field, FieldType? definition, IGraphType? type, IGraphType? parent)
    {
        if (definition?.Arguments is { } arguments)
        {
            foreach (var argument in arguments)
            {
                if (CostModel.SizeArgument(argument.Name) is not var (fallback, max)) continue;
                var given = field.Arguments?.FirstOrDefault(a => a.Name.StringValue == argument.Name)?.Value;
                return Math.Clamp(IntValue(given) ?? fallback, 1, max);
            }
        }
        if (!IsList(type)) return 1;
        return parent is not null && parent.Name.EndsWith(CostModel.ConnectionSuffix, StringComparison.Ordinal) ? 1 : CostModel.UnsizedList;
    }

    private int? IntValue(GraphQLValue? value) => value switch
    {
        GraphQLIntValue literal => int.TryParse(literal.Value.Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue,
        GraphQLVariable variable when _variables is not null && _variables.TryGetValue(variable.Name.StringValue, out var v) => v switch
        {
            int n => n,
            long n => (int)Math.Clamp(n, int.MinValue, int.MaxValue),
            double n => (int)Math.Clamp(n, int.MinValue, int.MaxValue),
            decimal n => (int)Math.Clamp(n, int.MinValue, int.MaxValue),
            System.Numerics.BigInteger n => n > int.MaxValue ? int.MaxValue : n < int.MinValue ? int.MinValue : (int)n,
            _ => null,
        },
        _ => null,
    };

    private IGraphType? TypeNamed(string name) => _schema.AllTypes[name];

    private FieldType? FieldNamed(IGraphType? parent, string name) => name switch
    {
        "__schema" => _schema.SchemaMetaFieldType,
        "__type" => _schema.TypeMetaFieldType,
        "__typename" => _schema.TypeNameMetaFieldType,
        _ => (parent as IComplexGraphType)?.GetField(name),
    };

    private static string ResponseName(GraphQLField field) => (field.Alias?.Name ?? field.Name).StringValue;

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
