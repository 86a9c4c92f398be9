// One Kind per id in each generation: an import writes the next generation beside the active one.
CREATE CONSTRAINT kind_id_generation IF NOT EXISTS FOR (k:Kind) REQUIRE (k.id, k.generation) IS UNIQUE
