// sanctions: who sanctioned whom.
MATCH (a)-[r:SANCTIONS]->(b)
RETURN a.name AS subject, type(r) AS type, b.name AS object, r.date AS date, r.about AS about,
       r.source_ids AS sources, r.quotes AS quotes
ORDER BY r.id;
