// Removing a retired generation finds its relationships without scanning every generation.
CREATE INDEX relates_generation IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.generation)
