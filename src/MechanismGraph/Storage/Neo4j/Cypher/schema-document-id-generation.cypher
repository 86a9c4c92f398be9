// One Document per id in each generation: an import writes the next generation beside the active one.
CREATE CONSTRAINT document_id_generation IF NOT EXISTS FOR (d:Document) REQUIRE (d.id, d.generation) IS UNIQUE
