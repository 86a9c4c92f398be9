// The single-property constraint of layouts before generations would refuse a second generation's Document with the same id.
DROP CONSTRAINT document_id IF EXISTS
