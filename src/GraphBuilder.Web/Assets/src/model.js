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

  function disputing(props) { return props && props.disputes !== undefined && props.disputes !== null; }

  ns.model = {
    build: build, inDateRange: inDateRange, compare: compare, precisionOf: precisionOf, sortKey: sortKey, outletsOf: outletsOf,
    // For patch.js, which applies change sets with the same rules.
    parts: {
      labelOf: labelOf, citedIds: citedIds, nodeData: nodeData, edgeData: edgeData, addToClaim: addToClaim, byClaimOrder: byClaimOrder,
      recount: recount, startsOnly: startsOnly, sinceGroup: sinceGroup, sinceDisputes: sinceDisputes, disputing: disputing
    }
  };
})(window.GraphBuilderView = window.GraphBuilderView || {});
