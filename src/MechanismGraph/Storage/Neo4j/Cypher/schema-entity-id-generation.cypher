// One Entity per id in each generation: an import writes the next generation beside the active one.
CREATE CONSTRAINT entity_id_generation IF NOT EXISTS FOR (e:Entity) REQUIRE (e.id, e.generation) IS UNIQUE
