// The single-property constraint of layouts before generations would refuse a second generation's Predicate with the same id.
DROP CONSTRAINT predicate_id IF EXISTS
