using GraphQL;
using GraphQL.Types;
using MechanismGraph.Api.GraphQL.Loading;
using MechanismGraph.Model;
using MechanismGraph.Reasoning;
using MechanismGraph.Storage;

namespace MechanismGraph.Api.GraphQL.Types;

internal sealed class EntityType : ObjectGraphType<Entity>
{
    public EntityType(ReasoningServices reasoning)
    {
        Name = "Entity";
        Description = "Something a mechanism document talks about: a drug, receptor, cell type, protein, process, effect or disease.";
        Field(e => e.Id).Description("Stable id (a slug such as `nmda-receptor`); never changes once published.");
        Field(e => e.Name).Description("Display name.");
        Field(e => e.Kind).Description("Kind of entity, e.g. Drug, Receptor, CellType, Protein, BiologicalProcess, Effect, Disease (see `kinds`).");
        Field(e => e.Aliases).Description("Other names the entity is known by; each identifies only this entity.");
        Field(e => e.Description).Description("One or two sentences, in the source document's words.");
        Field(e => e.Xrefs).Description("Standard identifiers as CURIEs (e.g. CHEBI:6121, GO:0017146), most specific first; empty when no verified term exists.");
        Field<EntityContextType>("context")
            .Description("For a context-specific entity (e.g. \"NMDA receptor (GABAergic interneuron)\"): its general entity and typed context; null for a context-free entity.")
            .Resolve(ctx => ctx.Source.Context);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("outgoing")
            .Description("Relations in which this entity is the subject (what it does), in id order.")
            .Argument<StringGraphType>("predicate", "Only relations with this predicate id.")
            .ResolveAsync(ctx => Neighbours(reasoning, ctx, Direction.Outgoing));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationType>>>>("incoming")
            .Description("Relations in which this entity is the object (what acts on it), in id order.")
            .Argument<StringGraphType>("predicate", "Only relations with this predicate id.")
            .ResolveAsync(ctx => Neighbours(reasoning, ctx, Direction.Incoming));
    }

    // Checked before queueing, so one field's unknown predicate fails that field alone and not the whole batch.
    private static async Task<object?> Neighbours(ReasoningServices reasoning, IResolveFieldContext<Entity> ctx, Direction direction)
    {
        var predicate = ctx.GetArgument<string?>("predicate");
        if (predicate is not null) await reasoning.Rules.PredicateAsync(predicate, "predicate", ctx.CancellationToken);
        return ctx.RequestServices!.GetRequiredService<NeighbourLoader>().Load(new NeighbourRequest(ctx.Source, direction, predicate));
    }
}
