// Turns the exported graph JSON into the view model: cytoscape elements, legend entries and
// the claims (one per statement where the seeds give one, else one per fact). Generic over the
// vocabulary: types, their categories and labels come from the data and the page config, and
// are given palette entries in sorted order, so a type keeps its look for the same set of types.
(function (ns) {
  'use strict';

  // Okabe-Ito first (distinguishable with colour-blindness), then Tableau for larger vocabularies.
  var EDGE_PALETTE = ['#d55e00', '#0072b2', '#009e73', '#cc79a7', '#e69f00', '#56b4e9',
    '#000000', '#8c564b', '#9467bd', '#7f7f7f', '#393b79', '#637939'];
  var NODE_PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948',
    '#ff9da7', '#9c755f', '#bab0ac', '#e15759'];
  var NODE_SHAPES = ['round-rectangle', 'ellipse', 'diamond', 'hexagon', 'triangle', 'octagon',
    'star', 'tag', 'barrel', 'rhomboid'];
  // Arrowheads tell types apart without colour; line style tells the category.
  var ARROWS = ['triangle', 'tee', 'circle', 'diamond', 'square', 'vee', 'triangle-cross', 'chevron'];
  var LINE_STYLE = { adversarial: 'solid', claim: 'dashed', structural: 'dotted' };

  var text = ns.dom.text;

  function pick(list, index) { return list[index % list.length]; }

  function countBy(items, key) {
    var counts = new Map();
    items.forEach(function (item) { var k = key(item); counts.set(k, (counts.get(k) || 0) + 1); });
    return counts;
  }

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function sortedKeys(map) { return Array.from(map.keys()).sort(compare); }

  function labelOf(node) {
    return Array.isArray(node.labels) && node.labels.length > 0 ? text(node.labels[0]) : '(no label)';
  }

  /** How precisely a relationship is dated: day, month, year, open (from/to only) or none. */
  function precisionOf(props) {
    var date = text(props.date);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
    if (/^\d{4}-\d{2}$/.test(date)) return 'month';
    if (/^\d{4}$/.test(date)) return 'year';
    return props.date_start || props.date_end ? 'open' : 'none';
  }

  /**
   * The key claims sort by: a day's date; a month or year written as given plus '~', so it sorts
   * after the days it covers (2022-09-07 < 2022-09~ < 2022-10-01); undated last.
   */
  function sortKey(props) {
    var date = text(props.date);
    if (/^\d{4}(-\d{2})?$/.test(date)) return date + '~';
    return text(props.date_start) || (props.date_end ? text(props.date_end) : '~');
  }

  /** The reports a claim cites, once each: id, publisher and publication date. */
  function outletsOf(sources) {
    var seen = new Map();
    sources.forEach(function (s) {
      var id = text(s && s.source);
      if (!seen.has(id)) seen.set(id, { source: id, publisher: text(s.publisher) || id, published: text(s.published) });
    });
    return Array.from(seen.values());
  }

  /**
   * Who each entity speaks for, following the vocabulary's speaksFor types to the top (an
   * official of a ministry that is part of a state speaks for the state); entities that speak
   * for no one are absent.
   */
  function principals(rels, speaksFor) {
    var up = new Map();
    rels.forEach(function (r) {
      if (speaksFor.has(text(r.type)) && !up.has(text(r.start))) up.set(text(r.start), text(r.end));
    });
    var top = new Map();
    up.forEach(function (_, gid) {
      var at = gid, seen = new Set([gid]);
      while (up.has(at) && !seen.has(up.get(at))) { at = up.get(at); seen.add(at); }
      if (at !== gid) top.set(gid, at);
    });
    return top;
  }

  function dateLabel(props) {
    if (props.date) return text(props.date);
    if (props.date_start || props.date_end) return (text(props.date_start) || '…') + ' – ' + (text(props.date_end) || '…');
    return 'undated';
  }

  /** Nodes cited as sources are reports, whatever their label says: how many citations name each id. */
  function citationCounts(rels) {
    var counts = new Map();
    rels.forEach(function (r) { citedIds(r).forEach(function (id) { counts.set(id, (counts.get(id) || 0) + 1); }); });
    return counts;
  }

  function citedIds(r) {
    var sources = (r.properties || {}).sources;
    return Array.isArray(sources) ? sources.map(function (s) { return text(s && s.source); }) : [];
  }

  function nodeData(model, n) {
    var id = text(n.id);
    var props = n.properties || {};
    var label = labelOf(n);
    var name = text(props.name || props.title || id);
    var aliases = Array.isArray(props.aliases) ? props.aliases.map(text) : [];
    var style = model.labelStyle.get(label);
    return {
      id: 'n:' + id, gid: id, name: name, label: label, props: props, isSource: model.citedCount.has(id),
      colour: style.colour, shape: style.shape, claims: 0,
      search: [name, id, text(props.publisher), text(props.title)].concat(aliases).join('\n').toLowerCase()
    };
  }

  // A reprint counts as the outlet it carries: claims count independent origins, not copies.
  function originOf(model, sourceId) {
    var props = (model.nodeById.get(sourceId) || {}).props || {};
    return text(props.carries || props.publisher || sourceId).toLowerCase();
  }

  function edgeData(model, r) {
    var start = text(r.start);
    var end = text(r.end);
    var props = r.properties || {};
    var type = text(r.type);
    var style = model.typeStyle.get(type);
    var sources = Array.isArray(props.sources) ? props.sources : [];
    var data = {
      id: 'r:' + text(r.id), gid: text(r.id), source: 'n:' + start, target: 'n:' + end,
      type: type, category: style.category, colour: style.colour, arrow: style.arrow, line: style.line,
      props: props, dateStart: text(props.date_start), dateEnd: text(props.date_end),
      when: dateLabel(props), sortKey: sortKey(props), sourceIds: sources.map(function (s) { return text(s && s.source); })
    };
    data.originIds = new Set(data.sourceIds.map(function (id) { return originOf(model, id); }));
    data.hoverLabel = type + ' · ' + data.when;
    if (style.category === 'structural') return data;
    // Facts reporting one statement (same `statement` id) are one claim with all their sources.
    var statement = text(props.statement);
    data.claim = statement ? 's:' + type + '|' + start + '|' + end + '|' + statement : data.id;
    return data;
  }

  /** Adds an edge's statement to its claim, creating the claim (and counting it at both ends) if new; returns the claim if created. */
  function addToClaim(model, data) {
    var claim = model.claimByKey.get(data.claim);
    var created = null;
    if (!claim) {
      var from = data.source.slice(2), to = data.target.slice(2), props = data.props;
      claim = created = {
        id: data.claim, type: data.type, category: data.category, from: from, to: to, statement: text(props.statement),
        fromName: model.nodeById.get(from).name, toName: model.nodeById.get(to).name,
        about: text(props.about), props: props, when: data.when, precision: precisionOf(props),
        dateStart: data.dateStart, dateEnd: data.dateEnd, sortKey: data.sortKey, edgeIds: [], sources: [], sourceIds: new Set(), originIds: new Set(),
        disputes: []
      };
      model.claimByKey.set(claim.id, claim);
      model.nodeById.get(from).claims++;
      if (to !== from) model.nodeById.get(to).claims++;
    }
    claim.edgeIds.push(data.id);
    (Array.isArray(data.props.sources) ? data.props.sources : []).forEach(function (s) {
      var duplicate = claim.sources.some(function (c) { return c.source === s.source && c.quote === s.quote; });
      if (!duplicate) claim.sources.push(s);
      claim.sourceIds.add(text(s && s.source));
      claim.originIds.add(originOf(model, text(s && s.source)));
    });
    return created;
  }

  function byClaimOrder(a, b) { return compare(a.sortKey, b.sortKey) || compare(a.id, b.id); }

  /** What the page counts, everywhere: claims, the facts behind them, structural links, entities, reports. */
  function recount(model) {
    var structural = 0, edges = 0, nodes = 0, reports = 0;
    model.elements.forEach(function (e) {
      if (e.group === 'edges') { edges++; if (!e.data.claim) structural++; } else { nodes++; if (e.data.isSource) reports++; }
    });
    model.counts = {
      claims: model.claims.length, facts: edges - structural, links: structural,
      entities: nodes - reports, reports: reports
    };
    model.sources = model.elements.filter(function (e) { return e.group === 'nodes' && e.data.isSource; }).map(function (e) { return e.data; });
  }

  /** Builds the view model from the graph and the vocabulary's types ([{name, category, description}]). */
  function build(graph, vocabularyTypes) {
    var nodes = graph && Array.isArray(graph.nodes) ? graph.nodes : [];
    var rels = graph && Array.isArray(graph.relationships) ? graph.relationships : [];
    var known = new Map((vocabularyTypes || []).map(function (t) { return [t.name, t]; }));
    var speaksFor = new Set((vocabularyTypes || []).filter(function (t) { return t.speaksFor; }).map(function (t) { return t.name; }));

    var labelCounts = countBy(nodes, labelOf);
    var typeCounts = countBy(rels, function (r) { return text(r.type); });
    var labels = sortedKeys(labelCounts);
    var types = sortedKeys(typeCounts);
    var labelStyle = new Map(labels.map(function (l, i) {
      return [l, { colour: pick(NODE_PALETTE, i), shape: pick(NODE_SHAPES, i) }];
    }));
    var perCategory = new Map();
    var typeStyle = new Map(types.map(function (t, i) {
      var category = known.has(t) ? known.get(t).category : 'claim';
      // Arrowheads counted within a category, so (line style, arrowhead) tells every type apart.
      var nth = perCategory.get(category) || 0;
      perCategory.set(category, nth + 1);
      return [t, {
        colour: category === 'structural' ? '#8a9399' : pick(EDGE_PALETTE, i),
        arrow: pick(ARROWS, nth), line: LINE_STYLE[category] || 'dashed', category: category,
        description: known.has(t) ? known.get(t).description : ''
      }];
    }));

    var model = {
      labels: labels, types: types, labelCounts: labelCounts, typeCounts: typeCounts,
      labelStyle: labelStyle, typeStyle: typeStyle, sourceLabels: new Set(), speaksFor: speaksFor,
      claimTypes: types.filter(function (t) { return typeStyle.get(t).category !== 'structural'; }),
      citedCount: citationCounts(rels), nodeById: new Map(), claims: [], claimByKey: new Map(),
      // The page's own copy of the graph, by id: a change set updates it, and a rebuild starts from it.
      rawNodes: new Map(), rawRels: new Map(), skipped: 0
    };
    var nodeList = nodes.map(function (n) {
      var data = nodeData(model, n);
      if (data.isSource) model.sourceLabels.add(data.label);
      model.nodeById.set(data.gid, data);
      model.rawNodes.set(data.gid, n);
      return { group: 'nodes', data: data };
    });

    var edgeList = [];
    rels.forEach(function (r) {
      model.rawRels.set(text(r.id), r);
      if (!model.nodeById.has(text(r.start)) || !model.nodeById.has(text(r.end))) { model.skipped++; return; }
      var data = edgeData(model, r);
      edgeList.push({ group: 'edges', data: data });
      if (!data.claim) return;
      var created = addToClaim(model, data);
      if (created) model.claims.push(created);
    });
    var claims = model.claims;
    var claimByKey = model.claimByKey;
    claims.sort(byClaimOrder);
    var claimOfFact = new Map();
    claims.forEach(function (c) {
      c.outlets = outletsOf(c.sources);
      c.edgeIds.forEach(function (id) { claimOfFact.set(id.slice(2), c); });
    });
    // A `disputes` link counts both ways: both claims are marked and list each other.
    edgeList.forEach(function (e) {
      var claim = claimByKey.get(e.data.claim);
      var named = e.data.props.disputes;
      (Array.isArray(named) ? named : named ? [named] : []).forEach(function (factId) {
        var other = claimOfFact.get(text(factId));
        if (!claim || !other || other === claim) return;
        if (claim.disputes.indexOf(other) < 0) claim.disputes.push(other);
        if (other.disputes.indexOf(claim) < 0) other.disputes.push(claim);
      });
    });
    model.disputeLinked = new Set();
    edgeList.forEach(function (e) {
      var claim = claimByKey.get(e.data.claim);
      if (claim && disputing(e.data.props)) model.disputeLinked.add(claim.id);
    });
    claims.forEach(function (c) { if (model.disputeLinked.has(c.id)) c.disputes.forEach(function (d) { model.disputeLinked.add(d.id); }); });
    sinceDisputes(claims);
    edgeList.forEach(function (e) {
      var claim = claimByKey.get(e.data.claim);
      e.data.disputed = !!(claim && claim.disputes.length);
    });

    model.elements = nodeList.concat(edgeList);
    model.principals = principals(rels, speaksFor);
    model.claimCounts = countBy(claims, function (c) { return c.type; });
    recount(model);
    return model;
  }

  /** A claim only "since" a date: two reports giving different starts for one relationship disagree. */
  function startsOnly(c) { return c.precision === 'open' && !!c.dateStart && !c.dateEnd; }

  function sinceGroup(type, from, to) { return type + '|' + from + '|' + to; }

  /**
   * Without a link, two reports' accounts of when one ongoing relationship began (same ends and
   * type, each "since" a different date, no report in common) disagree too. Claims in claim order.
   */
  function sinceDisputes(claims) {
    var since = new Map();
    claims.forEach(function (c) {
      if (!startsOnly(c)) return;
      var key = sinceGroup(c.type, c.from, c.to);
      (since.get(key) || []).forEach(function (other) {
        var shared = Array.from(c.sourceIds).some(function (id) { return other.sourceIds.has(id); });
        if (other.dateStart === c.dateStart || shared || c.disputes.indexOf(other) >= 0) return;
        c.disputes.push(other);
        other.disputes.push(c);
      });
      since.set(key, (since.get(key) || []).concat([c]));
    });
  }

  /**
   * Whether dated data overlaps the chosen range. Dates are ISO (YYYY-MM-DD), so string order is
   * date order; a missing date_start/date_end is an open end.
   */
  function inDateRange(data, from, to, hideUndated) {
    if (!data.dateStart && !data.dateEnd) return !hideUndated;
    if (from && data.dateEnd && data.dateEnd < from) return false;
    if (to && data.dateStart && data.dateStart > to) return false;
    return true;
  }

  // ---- change sets ---------------------------------------------------------------------------

  function each(list, action) { (Array.isArray(list) ? list : []).forEach(action); }

  /** The page's copy of the graph as the export shape, in id order (as the server sends it). */
  function graphOf(model) {
    var byId = function (a, b) { return compare(text(a.id), text(b.id)); };
    return { nodes: Array.from(model.rawNodes.values()).sort(byId), relationships: Array.from(model.rawRels.values()).sort(byId) };
  }

  /** Records a change set in the page's copy of the graph: removals first, then nodes, then relationships. */
  function record(model, change) {
    each(change.removedRelationships, function (id) { model.rawRels.delete(text(id)); });
    each(change.removedNodes, function (id) { model.rawNodes.delete(text(id)); });
    each(change.addedNodes, function (n) { model.rawNodes.set(text(n.id), n); });
    each(change.changedNodes, function (n) { model.rawNodes.set(text(n.id), n); });
    each(change.addedRelationships, function (r) { model.rawRels.set(text(r.id), r); });
    each(change.changedRelationships, function (r) { model.rawRels.set(text(r.id), r); });
  }

  function edgeById(model, gid) {
    var at = model.elementAt.get('r:' + gid);
    return at === undefined ? null : model.elements[at].data;
  }

  function disputing(props) { return props && props.disputes !== undefined && props.disputes !== null; }

  /**
   * Whether a change set stays within what patch() updates in place: no new or vanishing label
   * or type, no report gained or lost, no claim linked by `disputes` (links reach across the
   * graph) and no "speaks for" link added, removed or moved. Claims only "since" a date are
   * patched: their disagreements are recomputed within their relationship.
   */
  function patchable(model, change) {
    var removedRels = new Set((change.removedRelationships || []).map(text));
    var removedNodes = new Set((change.removedNodes || []).map(text));
    var labels = new Map(model.labelCounts), types = new Map(model.typeCounts), cited = new Map(model.citedCount);
    var bump = function (map, key, by) { map.set(key, (map.get(key) || 0) + by); };
    var ok = true;
    // Who speaks for whom follows only the type and ends of "speaks for" links: an edit that keeps them keeps it.
    var speakers = { before: [], after: [] };
    var groups = new Set(); // "since" groups the change touches: none may hold a claim linked by `disputes`
    var speaker = function (list, type, start, end) { if (model.speaksFor.has(type)) list.push(type + '|' + start + '|' + end); };
    var oldRel = function (gid) {
      var data = edgeById(model, gid);
      if (!data) return;
      var claim = data.claim && model.claimByKey.get(data.claim);
      speaker(speakers.before, data.type, data.source.slice(2), data.target.slice(2));
      if (disputing(data.props) || (claim && model.disputeLinked.has(claim.id))) ok = false;
      if (claim && startsOnly(claim)) groups.add(sinceGroup(claim.type, claim.from, claim.to));
      bump(types, data.type, -1);
      data.sourceIds.forEach(function (id) { bump(cited, id, -1); });
    };
    var oldNode = function (gid) {
      var data = model.nodeById.get(gid);
      if (!data) return;
      if (data.isSource) ok = false;
      bump(labels, data.label, -1);
    };
    removedRels.forEach(oldRel);
    removedNodes.forEach(oldNode);
    // An upsert replaces what the model holds under its id (a change the first load already held is applied again harmlessly).
    each([].concat(change.addedNodes || [], change.changedNodes || []), function (n) { if (!removedNodes.has(text(n.id))) oldNode(text(n.id)); });
    each([].concat(change.addedRelationships || [], change.changedRelationships || []), function (r) { if (!removedRels.has(text(r.id))) oldRel(text(r.id)); });
    var newNodes = new Map();
    each(change.addedNodes, function (n) { newNodes.set(text(n.id), n); });
    each(change.changedNodes, function (n) { newNodes.set(text(n.id), n); });
    newNodes.forEach(function (n) {
      if (!model.labelStyle.has(labelOf(n))) ok = false;
      bump(labels, labelOf(n), 1);
    });
    var exists = function (gid) { return newNodes.has(gid) || (model.nodeById.has(gid) && !removedNodes.has(gid)); };
    each([].concat(change.addedRelationships || [], change.changedRelationships || []), function (r) {
      var type = text(r.type);
      var props = r.properties || {};
      speaker(speakers.after, type, text(r.start), text(r.end));
      if (!model.typeStyle.has(type) || disputing(props) || !exists(text(r.start)) || !exists(text(r.end))) ok = false;
      if (precisionOf(props) === 'open' && props.date_start && !props.date_end) groups.add(sinceGroup(type, text(r.start), text(r.end)));
      bump(types, type, 1);
      citedIds(r).forEach(function (id) { bump(cited, id, 1); });
    });
    if (speakers.before.sort().join('\n') !== speakers.after.sort().join('\n')) ok = false;
    if (groups.size && model.claims.some(function (c) { return model.disputeLinked.has(c.id) && groups.has(sinceGroup(c.type, c.from, c.to)); })) ok = false;
    labels.forEach(function (count) { if (count <= 0) ok = false; });
    types.forEach(function (count) { if (count <= 0) ok = false; });
    // A node becomes or stops being a report only when its citations go from none to some or back.
    cited.forEach(function (count, id) {
      var was = model.citedCount.has(id), is = count > 0;
      if (was !== is && (model.nodeById.has(id) || newNodes.has(id))) ok = false;
    });
    newNodes.forEach(function (n, gid) { if (cited.get(gid) > 0) ok = false; });
    // A removed node's relationships go with it (the store's diff removes them too); any left would dangle.
    if (removedNodes.size) {
      model.elements.forEach(function (e) {
        if (e.group === 'edges' && !removedRels.has(e.data.gid) && (removedNodes.has(e.data.source.slice(2)) || removedNodes.has(e.data.target.slice(2)))) ok = false;
      });
    }
    return ok ? { cited: cited, groups: groups } : null;
  }

  function indexElements(model) {
    model.elementAt = new Map();
    model.elements.forEach(function (e, i) { model.elementAt.set(e.data.id, i); });
  }

  function dropClaim(model, claim) {
    model.claimByKey.delete(claim.id);
    model.claimCounts.set(claim.type, model.claimCounts.get(claim.type) - 1);
    model.nodeById.get(claim.from).claims--;
    if (claim.to !== claim.from) model.nodeById.get(claim.to).claims--;
  }

  /** Where a claim goes in the sorted list (binary search on the claims' order). */
  function claimIndex(claims, claim) {
    var lo = 0, hi = claims.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (byClaimOrder(claims[mid], claim) < 0) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * Applies a change set from the server ({addedNodes, changedNodes, removedNodes: [id],
   * addedRelationships, changedRelationships, removedRelationships: [id]}, elements in the export
   * shape) to the model in place, with work proportional to the change: the touched elements, their
   * claims, and the entities at their ends. Returns what to redraw ({nodes: [gid], edges: [id],
   * claims: [claim id taken apart, and rebuilt unless gone], removed: [cytoscape id]}), or null when the change reaches what only a whole build computes
   * (see patchable); the page's copy of the graph is updated either way, so build(graphOf(model))
   * then gives the new model without fetching anything.
   */
  function patch(model, change) {
    if (!model.elementAt) indexElements(model);
    var check = patchable(model, change);
    record(model, change);
    if (!check) return null;
    var touchedNodes = new Set(), touchedEdges = [], claimKeys = new Set();
    // Elements leaving the model; one added again under its id takes its old slot, so a changed element costs no reindexing.
    var gone = new Set();
    var dropEdge = function (gid) {
      var data = edgeById(model, gid);
      if (!data || gone.has(data.id)) return;
      gone.add(data.id);
      model.typeCounts.set(data.type, model.typeCounts.get(data.type) - 1);
      if (data.claim) claimKeys.add(data.claim);
    };
    each(change.removedRelationships, function (id) { dropEdge(text(id)); });
    each(change.changedRelationships, function (r) { dropEdge(text(r.id)); });
    each(change.addedRelationships, function (r) { dropEdge(text(r.id)); });
    each(change.removedNodes, function (id) {
      var data = model.nodeById.get(text(id));
      if (!data) return;
      gone.add(data.id);
      model.nodeById.delete(data.gid);
      model.labelCounts.set(data.label, model.labelCounts.get(data.label) - 1);
    });
    model.citedCount = new Map(Array.from(check.cited).filter(function (kv) { return kv[1] > 0; }));
    var put = function (element) {
      var at = model.elementAt.get(element.data.id);
      if (at !== undefined && gone.has(element.data.id)) {
        model.elements[at] = element;
        gone.delete(element.data.id);
      } else {
        model.elementAt.set(element.data.id, model.elements.length);
        model.elements.push(element);
      }
    };
    // The claims the change touches are taken apart and rebuilt from their edges as they now stand.
    var rebuilt = new Map();
    var dropped = [];
    var takeApart = function (key) {
      var claim = model.claimByKey.get(key);
      if (!claim) return;
      dropClaim(model, claim);
      dropped.push(claim);
      rebuilt.set(key, claim.edgeIds.filter(function (id) { return !gone.has(id); }).map(function (id) { return model.elements[model.elementAt.get(id)].data; }));
    };
    claimKeys.forEach(takeApart);
    var upsertNode = function (n, isNew) {
      var fresh = nodeData(model, n);
      var held = model.nodeById.get(fresh.gid);
      if (held && !isNew) {
        fresh.claims = held.claims;
        Object.assign(held, fresh);
      } else {
        model.nodeById.set(fresh.gid, fresh);
        put({ group: 'nodes', data: fresh });
        model.labelCounts.set(fresh.label, (model.labelCounts.get(fresh.label) || 0) + 1);
      }
      touchedNodes.add(fresh.gid);
    };
    each(change.addedNodes, function (n) { upsertNode(n, !model.nodeById.has(text(n.id))); });
    each(change.changedNodes, function (n) { upsertNode(n, false); });
    var seen = new Set();
    each([].concat(change.addedRelationships || [], change.changedRelationships || []), function (r) {
      var data = edgeData(model, r);
      if (seen.has(data.id)) return; // an id listed twice is applied once
      seen.add(data.id);
      data.disputed = false; // patchable() lets no dispute through
      put({ group: 'edges', data: data });
      model.typeCounts.set(data.type, model.typeCounts.get(data.type) + 1);
      touchedEdges.push(data.id);
      if (!data.claim) return;
      if (!rebuilt.has(data.claim)) takeApart(data.claim); // joins a claim (same statement) the change did not touch yet
      rebuilt.set(data.claim, (rebuilt.get(data.claim) || []).concat([data]));
    });
    dropped.forEach(function (claim) {
      // Found by binary search on the claims' order and spliced out: no pass over every claim, no copy to collect.
      var at = claimIndex(model.claims, claim);
      if (model.claims[at] === claim) model.claims.splice(at, 1);
      else model.claims = model.claims.filter(function (c) { return c !== claim; });
    });
    rebuilt.forEach(function (edges) {
      var claim = null;
      edges.sort(function (a, b) { return compare(a.gid, b.gid); }).forEach(function (data) {
        claim = addToClaim(model, data) || claim;
        data.disputed = false;
        if (touchedEdges.indexOf(data.id) < 0) touchedEdges.push(data.id);
      });
      if (!claim) return;
      claim.outlets = outletsOf(claim.sources);
      model.claimCounts.set(claim.type, (model.claimCounts.get(claim.type) || 0) + 1);
      model.claims.splice(claimIndex(model.claims, claim), 0, claim);
      touchedNodes.add(claim.from);
      touchedNodes.add(claim.to);
    });
    // Claims only "since" a date in the touched groups disagree afresh (no linked dispute is among them: see patchable).
    if (check.groups.size) {
      var members = model.claims.filter(function (c) { return startsOnly(c) && check.groups.has(sinceGroup(c.type, c.from, c.to)); });
      members.forEach(function (c) { c.disputes = []; });
      sinceDisputes(members);
      members.forEach(function (c) {
        c.edgeIds.forEach(function (id) {
          model.elements[model.elementAt.get(id)].data.disputed = c.disputes.length > 0;
          if (touchedEdges.indexOf(id) < 0) touchedEdges.push(id);
        });
      });
    }
    // A renamed entity's claims show its new name.
    each(change.changedNodes, function (n) {
      var data = model.nodeById.get(text(n.id));
      model.claims.forEach(function (c) {
        if (c.from === data.gid) c.fromName = data.name;
        if (c.to === data.gid) c.toName = data.name;
      });
    });
    var removed = Array.from(gone);
    if (gone.size) {
      model.elements = model.elements.filter(function (e) { return !gone.has(e.data.id); });
      indexElements(model);
    }
    recount(model);
    return { nodes: Array.from(touchedNodes), edges: touchedEdges, claims: Array.from(rebuilt.keys()), removed: removed };
  }

  ns.model = { build: build, patch: patch, graphOf: graphOf, inDateRange: inDateRange, compare: compare, precisionOf: precisionOf, sortKey: sortKey, outletsOf: outletsOf };
})(window.GraphBuilderView = window.GraphBuilderView || {});
