// Every generation, its state ('writing': an import in progress or interrupted; 'active': read; 'retired': being
// removed) and the fingerprint of the input written into it.
MATCH (g:Generation)
RETURN g.number AS number, g.state AS state, g.fingerprint AS fingerprint
ORDER BY number
