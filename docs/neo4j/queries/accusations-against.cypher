// accusations-against: accusations made against one entity (id, name or alias, any case).
// :param entity => 'iran'
MATCH (a)-[r:ACCUSES]->(b)
WHERE toLower(b.id) = toLower($entity) OR toLower(b.name) = toLower($entity)
   OR any(alias IN coalesce(b.aliases, []) WHERE toLower(alias) = toLower($entity))
RETURN a.name AS subject, type(r) AS type, b.name AS object, r.date AS date, r.about AS about,
       r.source_ids AS sources, r.quotes AS quotes
ORDER BY r.id;
