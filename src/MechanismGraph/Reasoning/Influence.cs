using MechanismGraph.Model;

namespace MechanismGraph.Reasoning;

/// <summary>An entity reached downstream (effects) or upstream (causes), with the net sign of the best pathway to it.</summary>
public sealed class Influence
{
    private Pathway? _pathway;
    private readonly Func<Pathway>? _build;

    public Influence(Entity entity, Sign netEffect, int hops, Pathway pathway) : this(entity, netEffect, hops) => _pathway = pathway;

    /// <param name="build">Composes the pathway when first read: an answer holds up to ten thousand that few readers open.</param>
    public Influence(Entity entity, Sign netEffect, int hops, Func<Pathway> build) : this(entity, netEffect, hops) => _build = build;

    private Influence(Entity entity, Sign netEffect, int hops) => (Entity, NetEffect, Hops) = (entity, netEffect, hops);

    public Entity Entity { get; }

    public Sign NetEffect { get; }

    public int Hops { get; }

    /// <summary>The best pathway to the entity, always read cause → effect.</summary>
    public Pathway Pathway => _pathway ?? LazyInitializer.EnsureInitialized(ref _pathway, _build!);
}
