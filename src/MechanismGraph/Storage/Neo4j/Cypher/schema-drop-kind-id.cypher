// The single-property constraint of layouts before generations would refuse a second generation's Kind with the same id.
DROP CONSTRAINT kind_id IF EXISTS
