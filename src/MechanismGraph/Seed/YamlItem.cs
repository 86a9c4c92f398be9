using YamlDotNet.RepresentationModel;

namespace MechanismGraph.Seed;

/// <summary>One YAML mapping read field by field; every mistake becomes a located problem, never an exception.</summary>
internal sealed class YamlItem
{
    private readonly YamlMappingNode _node;
    private readonly string _what;
    private readonly List<SeedProblem> _problems;

    public YamlItem(YamlMappingNode node, string file, string what, List<SeedProblem> problems, IReadOnlyCollection<string> allowedKeys)
    {
        _node = node;
        File = file;
        _what = what;
        _problems = problems;
        foreach (var key in node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name))
                Problem(SeedProblemKind.UnknownField, LineOf(key), $"{_what} has an unknown field '{name}' (allowed: {string.Join(", ", allowedKeys)})");
        }
    }

    public string File { get; }

    public int Line => LineOf(_node);

    public SourceLocation At => new(File, Line);

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public void Problem(SeedProblemKind kind, int line, string message) => _problems.Add(new SeedProblem(kind, File, line, message));

    public YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar that must be present and not blank.</summary>
    public string Required(string key)
    {
        var value = Optional(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            var kind = key == "name" ? SeedProblemKind.EmptyName : SeedProblemKind.MissingField;
            var detail = Node(key) is null ? "is missing" : "is empty";
            Problem(kind, Node(key) is { } n ? LineOf(n) : Line, $"{_what}: '{key}' {detail}");
            return "";
        }
        return value.Trim();
    }

    public string? Optional(string key)
    {
        switch (Node(key))
        {
            case null: return null;
            case YamlScalarNode scalar: return scalar.Value;
            case var other:
                Problem(SeedProblemKind.InvalidValue, LineOf(other), $"{_what}: '{key}' must be a single value, not a list or mapping");
                return null;
        }
    }

    public bool Flag(string key)
    {
        var text = Optional(key);
        if (text is null) return false;
        if (bool.TryParse(text, out var flag)) return flag;
        Problem(SeedProblemKind.InvalidValue, LineOf(Node(key)!), $"{_what}: '{key}' must be true or false, not '{text}'");
        return false;
    }

    /// <summary>A list of scalars (a YAML sequence), each with its line.</summary>
    public IReadOnlyList<(string Value, int Line)> Scalars(string key)
    {
        switch (Node(key))
        {
            case null: return [];
            case YamlSequenceNode seq:
                var values = new List<(string, int)>();
                foreach (var child in seq.Children)
                {
                    if (child is YamlScalarNode { Value: { } v }) values.Add((v.Trim(), LineOf(child)));
                    else Problem(SeedProblemKind.InvalidValue, LineOf(child), $"{_what}: every item of '{key}' must be a single value");
                }
                return values;
            case var other:
                Problem(SeedProblemKind.InvalidValue, LineOf(other), $"{_what}: '{key}' must be a list, e.g. [a, b]");
                return [];
        }
    }

    /// <summary>A mapping of scalar keys to scalar values, in the order written.</summary>
    public IReadOnlyList<(string Key, string Value)> Pairs(string key)
    {
        switch (Node(key))
        {
            case null: return [];
            case YamlMappingNode map:
                var pairs = new List<(string, string)>();
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: { } kk } && v is YamlScalarNode { Value: { } vv } && kk.Trim() != "" && vv.Trim() != "")
                        pairs.Add((kk.Trim(), vv.Trim()));
                    else Problem(SeedProblemKind.InvalidValue, LineOf(k), $"{_what}: every entry of '{key}' must be 'name: value' with both filled in");
                }
                return pairs;
            case var other:
                Problem(SeedProblemKind.InvalidValue, LineOf(other), $"{_what}: '{key}' must be a mapping of name: value");
                return [];
        }
    }

    /// <summary>A list of mappings, each read as a nested item.</summary>
    public IReadOnlyList<YamlItem> Items(string key, string what, IReadOnlyCollection<string> allowedKeys)
    {
        switch (Node(key))
        {
            case null: return [];
            case YamlSequenceNode seq:
                var items = new List<YamlItem>();
                foreach (var child in seq.Children)
                {
                    if (child is YamlMappingNode map) items.Add(new YamlItem(map, File, what, _problems, allowedKeys));
                    else Problem(SeedProblemKind.InvalidValue, LineOf(child), $"{_what}: every item of '{key}' must be a mapping");
                }
                return items;
            case var other:
                Problem(SeedProblemKind.InvalidValue, LineOf(other), $"{_what}: '{key}' must be a list of mappings");
                return [];
        }
    }
}
