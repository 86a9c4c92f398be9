// Removing a retired generation finds its entities without scanning every generation.
CREATE INDEX entity_generation IF NOT EXISTS FOR (e:Entity) ON (e.generation)
