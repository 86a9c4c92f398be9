using MechanismGraph.Files;
using MechanismGraph.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MechanismGraph.Seed;

/// <summary>Reads one seed YAML file into raw items; any section may appear in any file.</summary>
internal static class SeedFileReader
{
    private static readonly string[] Sections = ["kinds", "predicates", "entities", "documents", "relations"];
    private static readonly string[] KindKeys = ["id", "description", "biolink"];
    private static readonly string[] PredicateKeys = ["id", "sign", "phrase", "inverse", "description", "biolink"];
    private static readonly string[] BiolinkKeys = ["predicate", "qualified_predicate", "object_aspect", "object_direction", "causal_mechanism"];
    private static readonly string[] EntityKeys = ["id", "name", "kind", "aliases", "description", "xrefs", "context"];
    private static readonly string[] DocumentKeys = ["id", "title", "file", "citation", "url"];
    private static readonly string[] RelationKeys =
        ["id", "subject", "predicate", "object", "subject_aspect", "object_aspect", "subject_direction", "context", "qualifiers", "evidence", "indirect", "inferred", "note"];
    private static readonly string[] InferredKeys = ["level", "reason"];
    private static readonly string[] EvidenceKeys = ["document", "quote"];

    public static void Read(string path, string relativeName, RawSeed into, InputLimits limits)
    {
        if (InputFile.Problem(path, limits.MaxSeedFileBytes) is { } unreadable)
        {
            into.Problems.Add(new SeedProblem(SeedProblemKind.UnreadableFile, relativeName, null, $"seed file {unreadable}"));
            return;
        }
        var (text, invalidLine) = InputFile.ReadUtf8(path, limits.MaxSeedFileBytes);
        if (text is null)
        {
            into.Problems.Add(new SeedProblem(SeedProblemKind.MalformedYaml, relativeName, invalidLine, "not valid UTF-8 text"));
            return;
        }
        if (YamlGuard.Check(text) is var (line, message))
        {
            into.Problems.Add(new SeedProblem(SeedProblemKind.MalformedYaml, relativeName, line, message));
            return;
        }
        YamlStream stream = new();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            into.Problems.Add(new SeedProblem(SeedProblemKind.MalformedYaml, relativeName, (int)e.Start.Line, $"malformed YAML: {e.InnerException?.Message ?? e.Message}"));
            return;
        }

        foreach (var yamlDocument in stream.Documents)
        {
            if (yamlDocument.RootNode is YamlScalarNode { Value: null or "" }) continue;
            if (yamlDocument.RootNode is not YamlMappingNode root)
            {
                into.Problems.Add(new SeedProblem(SeedProblemKind.MalformedYaml, relativeName, YamlItem.LineOf(yamlDocument.RootNode),
                    $"a seed file must be a mapping with any of the sections {string.Join(", ", Sections)}"));
                continue;
            }
            var file = new YamlItem(root, relativeName, "seed file", into.Problems, Sections);
            var directory = Path.GetDirectoryName(path)!;
            foreach (var item in file.Items("kinds", "kind", KindKeys)) ReadKind(item, into);
            foreach (var item in file.Items("predicates", "predicate", PredicateKeys)) ReadPredicate(item, into);
            foreach (var item in file.Items("entities", "entity", EntityKeys)) ReadEntity(item, into);
            foreach (var item in file.Items("documents", "document", DocumentKeys)) ReadDocument(item, directory, into);
            foreach (var item in file.Items("relations", "relation", RelationKeys)) ReadRelation(item, into);
        }
    }

    private static void ReadKind(YamlItem item, RawSeed into) =>
        into.Kinds.Add(new RawKind(item.Required("id"), item.Optional("description") ?? "", item.Required("biolink"), item.At));

    private static void ReadPredicate(YamlItem item, RawSeed into)
    {
        var id = item.Required("id");
        var signText = item.Required("sign");
        if (!SignMath.TryParse(signText, out var sign) && signText != "")
            item.Problem(SeedProblemKind.InvalidValue, YamlItem.LineOf(item.Node("sign")!), $"predicate '{id}': sign must be +1, -1, 0 or unknown, not '{signText}'");

        var biolink = new BiolinkMapping("");
        if (item.Node("biolink") is YamlMappingNode map)
        {
            var problems = new List<SeedProblem>();
            var b = new YamlItem(map, item.File, $"predicate '{id}' biolink", problems, BiolinkKeys);
            biolink = new BiolinkMapping(b.Required("predicate"), b.Optional("qualified_predicate"), b.Optional("object_aspect"),
                b.Optional("object_direction"), b.Optional("causal_mechanism"));
            into.Problems.AddRange(problems);
        }
        else item.Problem(SeedProblemKind.MissingField, item.Line, $"predicate '{id}': 'biolink' is missing (a mapping with at least 'predicate')");

        into.Predicates.Add(new RawPredicate(id, sign, item.Required("phrase"), item.Required("inverse"), item.Optional("description") ?? "", biolink, item.At));
    }

    private static void ReadEntity(YamlItem item, RawSeed into) =>
        into.Entities.Add(new RawEntity(
            item.Required("id"), item.Required("name"), item.Required("kind"),
            item.Scalars("aliases").Select(a => a.Value).ToList(),
            item.Optional("description")?.Trim() ?? "",
            item.Scalars("xrefs"), Context(item), item.At));

    private static void ReadDocument(YamlItem item, string directory, RawSeed into) =>
        into.Documents.Add(new RawDocument(item.Required("id"), item.Required("title"), item.Required("file"),
            item.Optional("citation"), item.Optional("url"), directory, item.At));

    private static void ReadRelation(YamlItem item, RawSeed into)
    {
        var evidence = item.Items("evidence", "evidence item", EvidenceKeys)
            .Select(e => new RawEvidence(e.Required("document"), e.Optional("quote") ?? "", e.At))
            .ToList();
        into.Relations.Add(new RawRelation(
            item.Required("id"), item.Required("subject"), item.Required("predicate"), item.Required("object"),
            item.Pairs("qualifiers").Select(p => new Qualifier(p.Key, p.Value)).ToList(),
            evidence, item.Flag("indirect"), item.Optional("note")?.Trim(), item.At)
        {
            SubjectAspect = AspectOf(item, "subject_aspect"),
            ObjectAspect = AspectOf(item, "object_aspect"),
            SubjectDirection = DirectionOf(item, "subject_direction"),
            Context = Context(item),
            Inferred = Inference(item, into),
        });
    }

    private static Aspect? AspectOf(YamlItem item, string key)
    {
        if (item.Optional(key) is not { } text) return null;
        if (AspectText.TryParse(text, out var aspect)) return aspect;
        item.Problem(SeedProblemKind.InvalidValue, YamlItem.LineOf(item.Node(key)!),
            $"relation: '{key}' must be one of {string.Join(", ", AspectText.Notations)}, not '{text}'");
        return null;
    }

    // Biolink's DirectionQualifierEnum words: the change in the subject the relation depends on.
    private static Sign? DirectionOf(YamlItem item, string key)
    {
        switch (item.Optional(key)?.Trim())
        {
            case null: return null;
            case "increased": return Sign.Increases;
            case "decreased": return Sign.Decreases;
            case var text:
                item.Problem(SeedProblemKind.InvalidValue, YamlItem.LineOf(item.Node(key)!), $"relation: '{key}' must be increased or decreased, not '{text}'");
                return null;
        }
    }

    /// <summary>A <c>context</c> mapping: <c>cell type</c>, <c>anatomical location</c> or <c>cellular component</c> to an entity id.</summary>
    private static IReadOnlyList<RawContext> Context(YamlItem item)
    {
        var terms = new List<RawContext>();
        var line = item.Node("context") is { } node ? YamlItem.LineOf(node) : item.Line;
        foreach (var (key, value) in item.Pairs("context"))
        {
            var kind = Enum.GetValues<ContextKind>().Where(k => ContextTerm.KeyOf(k) == key.ToLowerInvariant()).Cast<ContextKind?>().FirstOrDefault();
            if (kind is null)
                item.Problem(SeedProblemKind.InvalidValue, line,
                    $"context key '{key}' is not a kind of context (allowed: {string.Join(", ", Enum.GetValues<ContextKind>().Select(ContextTerm.KeyOf))})");
            else terms.Add(new RawContext(kind.Value, value, line));
        }
        return terms;
    }

    private static RawInference? Inference(YamlItem item, RawSeed into)
    {
        if (item.Node("inferred") is not { } node) return null;
        if (node is not YamlMappingNode map)
        {
            item.Problem(SeedProblemKind.InvalidValue, YamlItem.LineOf(node), "relation: 'inferred' must be a mapping { level: prediction | logical_entailment, reason: ... }");
            return null;
        }
        var problems = new List<SeedProblem>();
        var inferred = new YamlItem(map, item.File, "relation 'inferred'", problems, InferredKeys);
        var levelText = inferred.Required("level");
        var reason = inferred.Required("reason");
        into.Problems.AddRange(problems);
        if (!Notation.TryParse<KnowledgeLevel>(levelText, out var level) || level is not (KnowledgeLevel.LogicalEntailment or KnowledgeLevel.Prediction))
        {
            if (levelText != "")
                item.Problem(SeedProblemKind.InvalidValue, YamlItem.LineOf(node),
                    $"relation: inferred level must be logical_entailment or prediction (Biolink knowledge_level), not '{levelText}'; a stated relation has no 'inferred'");
            return null;
        }
        return reason == "" ? null : new RawInference(level, reason);
    }
}
