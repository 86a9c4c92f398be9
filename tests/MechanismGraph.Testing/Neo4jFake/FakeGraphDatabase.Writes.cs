namespace MechanismGraph.Testing.Neo4jFake;

/// <summary>The generation and seed statements, as their .cypher files describe them.</summary>
internal sealed partial class FakeGraphDatabase
{
    private FakeAnswer Begin(FakeCall call)
    {
        var next = (_generations.Count == 0 ? 0 : _generations.Keys.Max()) + 1;
        _generations[next] = new Generation("writing", call.Parameters.GetValueOrDefault("fingerprint") as string);
        return Rows(["generation"], [[next]], Counters(nodesCreated: 1, propertiesSet: 3));
    }

    private FakeAnswer List(FakeCall call) =>
        Rows(["number", "state", "fingerprint"], _generations.Select(g => new object?[] { g.Key, g.Value.State, g.Value.Fingerprint }));

    private FakeAnswer Activate(FakeCall call)
    {
        var number = call.Get<long>("generation");
        if (!_generations.TryGetValue(number, out var next) || next.State != "writing")
            return Rows(["active", "retired"], []);
        long Nodes(string label) => _nodes.Keys.LongCount(k => k.Label == label && k.Generation == number);
        var complete = Nodes("Kind") == call.Get<long>("kinds") && Nodes("Predicate") == call.Get<long>("predicates")
            && Nodes("Document") == call.Get<long>("documents") && Nodes("Entity") == call.Get<long>("entities")
            && _relations.Keys.LongCount(k => k.Generation == number) == call.Get<long>("relations");
        if (!complete)
            return Rows(["active", "retired"], []);
        var retired = _generations.Where(g => g.Value.State == "active").Select(g => g.Key).ToList();
        foreach (var old in retired)
            _generations[old] = _generations[old] with { State = "retired" };
        _generations[number] = next with { State = "active" };
        return Rows(["active", "retired"], [[number, retired.Cast<object?>().ToList()]], Counters(propertiesSet: 1 + retired.Count));
    }

    private FakeAnswer RemoveRelations(FakeCall call)
    {
        var number = call.Get<long>("generation");
        var doomed = Removable(number) ? _relations.Keys.Where(k => k.Generation == number).Take((int)call.Get<long>("limit")).ToList() : [];
        doomed.ForEach(k => _relations.Remove(k));
        return Rows(["deleted"], [[(long)doomed.Count]], Counters(relationshipsDeleted: doomed.Count));
    }

    private FakeAnswer RemoveNodes(FakeCall call)
    {
        var number = call.Get<long>("generation");
        var doomed = Removable(number) ? _nodes.Keys.Where(k => k.Generation == number).Take((int)call.Get<long>("limit")).ToList() : [];
        var attached = doomed.Count == 0 ? [] : _relations.Where(r => r.Key.Generation == number).ToList();
        foreach (var key in doomed)
        {
            _nodes.Remove(key);
            // DETACH DELETE: relations still attached go with the node.
            foreach (var link in attached.Where(r => r.Value.Subject == key.Id || r.Value.Object == key.Id))
                _relations.Remove(link.Key);
        }
        return Rows(["deleted"], [[(long)doomed.Count]], Counters(nodesDeleted: doomed.Count));
    }

    private FakeAnswer Forget(FakeCall call)
    {
        var number = call.Get<long>("generation");
        var forget = Removable(number) && ItemsOf(number) == 0;
        if (forget)
            _generations.Remove(number);
        return Rows(["forgotten"], [[forget ? 1L : 0L]], Counters(nodesDeleted: forget ? 1 : 0));
    }

    private bool Removable(long number) => _generations.TryGetValue(number, out var g) && g.State != "active";

    private FakeAnswer SeedNodes(FakeCall call, string label)
    {
        var number = call.Get<long>("generation");
        int created = 0, set = 0;
        foreach (var row in call.Get<List<object?>>("rows").Cast<Dictionary<string, object?>>())
        {
            var key = (label, (string)row["id"]!, number);
            if (!_nodes.TryGetValue(key, out var node))
            {
                _nodes[key] = node = new Item(new() { ["id"] = key.Item2, ["generation"] = number });
                created++;
            }
            set += Upsert(node.Properties, row);
        }
        return Rows([], [], Counters(nodesCreated: created, propertiesSet: set));
    }

    private FakeAnswer SeedRelations(FakeCall call)
    {
        var number = call.Get<long>("generation");
        int created = 0, set = 0;
        foreach (var row in call.Get<List<object?>>("rows").Cast<Dictionary<string, object?>>())
        {
            var (subject, @object) = ((string)row["subject"]!, (string)row["object"]!);
            if (!_nodes.ContainsKey(("Entity", subject, number)) || !_nodes.ContainsKey(("Entity", @object, number)))
                continue; // MATCH finds no end: the row writes nothing
            var key = ((string)row["id"]!, number);
            if (_relations.TryGetValue(key, out var moved) && (moved.Subject != subject || moved.Object != @object))
                _relations.Remove(key);
            if (!_relations.TryGetValue(key, out var link))
            {
                _relations[key] = link = new Link(subject, @object, new() { ["id"] = key.Item1, ["generation"] = number });
                created++;
            }
            set += Upsert(link.Properties, row);
        }
        return Rows([], [], Counters(relationshipsCreated: created, propertiesSet: set));
    }

    /// <summary><c>WHERE x.hash IS NULL OR x.hash &lt;&gt; row.hash SET x += row.props, x.hash = row.hash</c>; returns properties set.</summary>
    private static int Upsert(Dictionary<string, object?> properties, Dictionary<string, object?> row)
    {
        if (Equals(properties.GetValueOrDefault("hash"), row["hash"]))
            return 0;
        var props = (Dictionary<string, object?>)row["props"]!;
        foreach (var (key, value) in props)
        {
            if (value is null) properties.Remove(key);
            else properties[key] = value;
        }
        properties["hash"] = row["hash"];
        return props.Count + 1;
    }

    private static FakeAnswer Rows(string[] fields, IEnumerable<IReadOnlyList<object?>> rows, string? counters = null) =>
        new($"{{\"fields\":{System.Text.Json.JsonSerializer.Serialize(fields)},\"values\":[{string.Join(",", rows.Select(r => "[" + string.Join(",", r.Select(FakeTypedJson.Encode)) + "]"))}]}}", counters);

    private static string Counters(int nodesCreated = 0, int nodesDeleted = 0, int relationshipsCreated = 0, int relationshipsDeleted = 0, int propertiesSet = 0) =>
        $"{{\"containsUpdates\":{(nodesCreated + nodesDeleted + relationshipsCreated + relationshipsDeleted + propertiesSet > 0 ? "true" : "false")},\"nodesCreated\":{nodesCreated},\"nodesDeleted\":{nodesDeleted},\"propertiesSet\":{propertiesSet},\"relationshipsCreated\":{relationshipsCreated},\"relationshipsDeleted\":{relationshipsDeleted},\"labelsAdded\":{nodesCreated},\"labelsRemoved\":0,\"indexesAdded\":0,\"indexesRemoved\":0,\"constraintsAdded\":0,\"constraintsRemoved\":0,\"containsSystemUpdates\":false,\"systemUpdates\":0}}";
}
