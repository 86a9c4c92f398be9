using System.Text.RegularExpressions;
using MechanismGraph.Files;
using MechanismGraph.Graph;
using MechanismGraph.Model;

namespace MechanismGraph.Seed;

/// <summary>Checks the raw items against each other and, only if nothing is wrong, builds the graph.</summary>
internal static partial class SeedValidator
{
    public static SeedLoadResult Validate(RawSeed raw, string seedDirectory, InputLimits limits)
    {
        var problems = raw.Problems;
        var kinds = Unique(raw.Kinds, k => k.Id, k => k.At, "kind", KindId(), problems);
        var predicates = Unique(raw.Predicates, p => p.Id, p => p.At, "predicate", PredicateId(), problems);
        var entities = Unique(raw.Entities, e => e.Id, e => e.At, "entity", Slug(), problems);
        var documentsRaw = Unique(raw.Documents, d => d.Id, d => d.At, "document", Slug(), problems);
        Unique(raw.Relations, r => r.Id, r => r.At, "relation", Slug(), problems);

        CheckEntities(raw.Entities, kinds, problems);
        var documents = LoadDocuments(documentsRaw.Values, seedDirectory, limits, problems);
        var relations = raw.Relations.Select(r => CheckRelation(r, entities, predicates, documentsRaw, documents, problems)).ToList();
        var contexts = ContextRules.Check(raw.Entities, raw.Relations, entities, predicates, problems);

        if (problems.Count > 0) return new SeedLoadResult(null, Sorted(problems));

        var graph = new KnowledgeGraph(
            kinds.Values.Select(k => new EntityKind(k.Id, k.Description, k.Biolink)),
            predicates.Values.Select(p => new Predicate(p.Id, p.Sign, p.Phrase, p.Inverse, p.Description, p.Biolink)),
            entities.Values.Select(e => new Entity(e.Id, e.Name, e.Kind, e.Aliases, e.Description, e.Xrefs.Select(x => x.Curie).ToArray(),
                contexts.GetValueOrDefault(e.Id))),
            documents.Values.Select(d => d.Document),
            relations.OfType<Relation>());
        return new SeedLoadResult(graph, []);
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string what, Regex shape, List<SeedProblem> problems)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = id(item);
            if (key == "") continue; // already reported as missing
            if (!shape.IsMatch(key))
                Add(problems, SeedProblemKind.InvalidId, at(item), $"{what} id '{key}' is not a valid id ({ShapeHint(shape)})");
            if (byId.TryGetValue(key, out var first))
                Add(problems, SeedProblemKind.DuplicateId, at(item), $"duplicate {what} id '{key}' (first defined at {at(first).File}:{at(first).Line})");
            else byId[key] = item;
        }
        return byId;
    }

    private static void CheckEntities(IEnumerable<RawEntity> entities, Dictionary<string, RawKind> kinds, List<SeedProblem> problems)
    {
        var labels = new Dictionary<string, RawEntity>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            if (entity.Kind != "" && !kinds.ContainsKey(entity.Kind))
                Add(problems, SeedProblemKind.UnknownKind, entity.At, $"entity '{entity.Id}' has unknown kind '{entity.Kind}'{Suggest(entity.Kind, kinds.Keys)}");
            foreach (var (curie, line) in entity.Xrefs)
                if (CurieSyntax.Check(curie) is { } why)
                    Add(problems, SeedProblemKind.MalformedCurie, entity.At with { Line = line }, $"entity '{entity.Id}': malformed CURIE: {why}");
            foreach (var label in entity.Aliases.Prepend(entity.Name).Append(entity.Id).Where(l => l != "").Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (labels.TryGetValue(label, out var other) && other.Id != entity.Id)
                    Add(problems, SeedProblemKind.SharedAlias, entity.At,
                        $"'{label}' names both entity '{other.Id}' ({other.At.File}:{other.At.Line}) and entity '{entity.Id}'; a name or alias must identify one entity");
                else labels[label] = entity;
            }
        }
    }

    private sealed record LoadedDocument(Document Document, QuoteLocator Locator);

    private static Dictionary<string, LoadedDocument> LoadDocuments(IEnumerable<RawDocument> documents, string seedDirectory, InputLimits limits, List<SeedProblem> problems)
    {
        var loaded = new Dictionary<string, LoadedDocument>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            if (d.File == "") continue;
            var path = Path.GetFullPath(Path.Combine(d.Directory, d.File));
            // A document is data inside the seed-data folder: no ../ or absolute path (or link) may reach anything else.
            if (!IsInside(seedDirectory, path) || (new FileInfo(path).LinkTarget is not null && !IsInside(seedDirectory, FinalTarget(path))))
            {
                Add(problems, SeedProblemKind.FileOutsideSeedFolder, d.At, $"document '{d.Id}': text file '{d.File}' lies outside the seed-data folder; document files must be inside it");
                continue;
            }
            if (!File.Exists(path))
            {
                Add(problems, SeedProblemKind.MissingDocumentFile, d.At, $"document '{d.Id}': text file '{d.File}' not found (looked for {Path.GetRelativePath(seedDirectory, path).Replace('\\', '/')})");
                continue;
            }
            if (InputFile.Problem(path, limits.MaxDocumentBytes) is { } unreadable)
            {
                Add(problems, SeedProblemKind.UnreadableFile, d.At, $"document '{d.Id}': text file '{d.File}' {unreadable}");
                continue;
            }
            var (text, invalidLine) = InputFile.ReadUtf8(path, limits.MaxDocumentBytes);
            if (text is null)
            {
                Add(problems, SeedProblemKind.UnreadableFile, d.At, $"document '{d.Id}': text file '{d.File}' is not valid UTF-8 (line {invalidLine})");
                continue;
            }
            var relative = Path.GetRelativePath(seedDirectory, path).Replace('\\', '/');
            loaded[d.Id] = new LoadedDocument(new Document(d.Id, d.Title, relative, d.Citation, d.Url, text), new QuoteLocator(text));
        }
        return loaded;
    }

    private static Relation? CheckRelation(
        RawRelation r, Dictionary<string, RawEntity> entities, Dictionary<string, RawPredicate> predicates,
        Dictionary<string, RawDocument> declared, Dictionary<string, LoadedDocument> documents, List<SeedProblem> problems)
    {
        var before = problems.Count;
        foreach (var (role, reference) in new[] { ("subject", r.Subject), ("object", r.Object) })
            if (reference != "" && !entities.ContainsKey(reference))
                Add(problems, SeedProblemKind.UnknownEntity, r.At, $"relation '{r.Id}': {role} '{reference}' is not a known entity id{Suggest(reference, entities.Keys)}");
        if (r.Predicate != "" && !predicates.ContainsKey(r.Predicate))
            Add(problems, SeedProblemKind.UnknownPredicate, r.At, $"relation '{r.Id}': unknown predicate '{r.Predicate}'{Suggest(r.Predicate, predicates.Keys)}");
        if (r.Evidence.Count == 0)
            Add(problems, SeedProblemKind.MissingEvidence, r.At, $"relation '{r.Id}' has no evidence: every relation needs at least one verbatim quote");

        var evidence = new List<Evidence>();
        foreach (var e in r.Evidence)
        {
            if (e.Document == "") continue;
            if (!declared.ContainsKey(e.Document))
            {
                Add(problems, SeedProblemKind.UnknownDocument, e.At, $"relation '{r.Id}': evidence cites unknown document '{e.Document}'{Suggest(e.Document, declared.Keys)}");
                continue;
            }
            if (!documents.TryGetValue(e.Document, out var document)) continue; // its missing file is reported once
            if (string.IsNullOrWhiteSpace(e.Quote))
            {
                Add(problems, SeedProblemKind.MissingField, e.At, $"relation '{r.Id}': evidence from '{e.Document}' has no quote");
                continue;
            }
            if (document.Locator.Find(e.Quote) is not { } span)
            {
                Add(problems, SeedProblemKind.QuoteNotFound, e.At,
                    $"relation '{r.Id}': quote not found in document '{e.Document}': \"{Shorten(e.Quote)}\"; closest passage: \"{document.Locator.ClosestPassage(e.Quote)}\"");
                continue;
            }
            evidence.Add(new Evidence(e.Document, document.Document.Text[span.Start..span.End], span.Start, span.End));
        }
        if (problems.Count != before) return null;
        return new Relation(r.Id, r.Subject, r.Predicate, r.Object, r.Qualifiers, evidence, r.Indirect, r.Note)
        {
            Knowledge = r.Inferred is { } inferred ? new Knowledge(inferred.Level, AgentType.ManualAgent, inferred.Reason) : Knowledge.Stated,
            SubjectAspect = r.SubjectAspect,
            ObjectAspect = r.ObjectAspect,
            SubjectChange = r.SubjectDirection,
            Context = r.Context.Select(c => new ContextTerm(c.Kind, c.EntityId)).ToArray(),
        };
    }

    internal static string Suggest(string wrong, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (k, d: EditDistance.Between(wrong.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(x => x.d <= Math.Max(2, wrong.Length / 3))
            .OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal)
            .Select(x => x.k).FirstOrDefault();
        return best is null ? "" : $" (did you mean '{best}'?)";
    }

    private static string Shorten(string quote) => quote.Length > 120 ? quote[..117] + "..." : quote;

    private static string ShapeHint(Regex shape) =>
        shape == Slug() ? "lowercase letters, digits and single hyphens" :
        shape == PredicateId() ? "lowercase letters and single underscores" : "a capitalised word such as CellType";

    private static string FinalTarget(string link)
    {
        try { return new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? link; }
        catch (IOException) { return link; } // a dangling link: reported below as not found
    }

    private static bool IsInside(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !relative.StartsWith("..\\", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    internal static void Add(List<SeedProblem> problems, SeedProblemKind kind, SourceLocation at, string message) =>
        problems.Add(new SeedProblem(kind, at.File, at.Line, message));

    private static IReadOnlyList<SeedProblem> Sorted(List<SeedProblem> problems) =>
        problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line ?? 0).ToList();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [GeneratedRegex(@"^[a-z]+(_[a-z]+)*$")]
    private static partial Regex PredicateId();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*$")]
    private static partial Regex KindId();
}
