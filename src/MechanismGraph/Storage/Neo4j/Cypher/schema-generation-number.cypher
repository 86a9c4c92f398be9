// Two imports starting at once cannot both create generation n.
CREATE CONSTRAINT generation_number IF NOT EXISTS FOR (g:Generation) REQUIRE g.number IS UNIQUE
