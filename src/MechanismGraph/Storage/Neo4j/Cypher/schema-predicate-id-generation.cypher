// One Predicate per id in each generation: an import writes the next generation beside the active one.
CREATE CONSTRAINT predicate_id_generation IF NOT EXISTS FOR (p:Predicate) REQUIRE (p.id, p.generation) IS UNIQUE
