// Opens the next generation for writing, marked with the input's fingerprint so only the same input can resume it;
// queries keep reading the active generation until generation-activate flips it.
OPTIONAL MATCH (g:Generation)
WITH coalesce(max(g.number), 0) + 1 AS next
CREATE (n:Generation {number: next, state: 'writing', fingerprint: $fingerprint})
RETURN n.number AS generation
