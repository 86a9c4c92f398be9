CREATE INDEX relates_predicate IF NOT EXISTS FOR ()-[r:RELATES]-() ON (r.predicate)
