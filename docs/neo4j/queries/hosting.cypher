// hosting: who hosts whom, with every conflicting claim kept (one row per fact).
MATCH (a)-[r:HOSTS]->(b)
RETURN a.name AS subject, type(r) AS type, b.name AS object, r.date AS date, r.date_start AS from, r.date_end AS to,
       r.source_ids AS sources, r.quotes AS quotes
ORDER BY r.id;
