// The single-property constraint of layouts before generations would refuse a second generation's Entity with the same id.
DROP CONSTRAINT entity_id IF EXISTS
