// claims: every relationship touching one entity, at either end (id, name or alias, any case).
// :param entity => 'albania'
MATCH (a)-[r]->(b)
WHERE r.gb_hash IS NOT NULL
  AND any(n IN [a, b] WHERE toLower(n.id) = toLower($entity) OR toLower(n.name) = toLower($entity)
          OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) = toLower($entity)))
RETURN a.name AS subject, type(r) AS type, b.name AS object, r.date AS date, r.about AS about,
       r.source_ids AS sources, r.quotes AS quotes
ORDER BY r.id;
