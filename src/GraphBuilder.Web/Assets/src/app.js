// Wires the page: state, filters, selection shared by the graph, claims, timeline and matrix
// views, exploration, the URL, and (served mode) live refresh with the sync status banner.
// window.graphView exposes the cytoscape instance, state and render count for tests and the console.
(function (ns, cytoscape) {
  'use strict';

  var NARROW = 760;         // below this width the side panels are drawers
  // Above this many relationships the first view shows only the busiest entities, so the page is
  // interactive in seconds rather than laying out everything (see bench/README.md, page benchmark).
  // The served page is sent only the busiest entities of such a graph at first (the server picks
  // them by the same measure: GraphFirstView.cs); state.partial then holds the whole graph's totals.
  var LARGE = 3000;
  var TOP_FIRST = 50;
  var live = null;
  var el = ns.dom.el;
  var plural = ns.dom.plural;
  var $ = function (id) { return document.getElementById(id); };
  var config = JSON.parse($('graphbuilder-config').textContent);
  var panel = $('details');

  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

  var cy = cytoscape({ container: $('cy'), elements: [], style: ns.style, minZoom: 0.05, maxZoom: 4 });
  var state = {
    model: null, tab: 'graph', selected: '', hiddenTypes: new Set(), hiddenLabels: new Set(),
    from: '', to: '', hideUndated: false, hideIsolated: false, showStructural: false,
    report: '', agree: 1, focus: ns.controls.CLAIMS, claimsType: '', claimsEntity: '', claimsRole: '', claimsSort: 'when', rollup: false,
    matrixType: '', explore: new Set(), top: 0, visibleClaimIds: new Set(), path: null
  };
  var view = window.graphView = { cy: cy, state: state, renders: 0, changes: 0 };
  var layout = ns.layout.create(cy, state, view, function () { return $('layout').value; });
  var filters = ns.filters.create(cy, state);
  var fromUrl = ns.urlState.read(state, location.hash);
  // On a phone the claims (evidence inline) come first; the graph is a tab away.
  if (!fromUrl.has('tab') && window.innerWidth < NARROW) state.tab = 'claims';
  var labelsFromUrl = fromUrl.has('labels');
  var topFromUrl = fromUrl.has('top');

  var ctx = {
    state: state,
    model: function () { return state.model; },
    visibleClaims: function (options) { return filters.visibleClaims(options); },
    selectedClaim: function () { var c = claimOf(state.selected); return c ? c.id : ''; },
    pickClaim: function (claim) { pickClaim(claim, true); },
    showClaims: function (title, claims) { showList(title, claims); },
    compare: function (claim) { compare(claim); },
    setRollup: function (on) { state.rollup = on; $('rollup').checked = on; applyFilters(); },
    clearButton: function () { return ns.details.link('Clear filters', clearFilters, 'action'); },
    setDateRange: setDateRange,
    changed: function () { ns.urlState.write(state); }
  };
  var views = {
    claims: ns.claimsView.create($('panel-claims'), ctx),
    timeline: ns.timelineView.create($('panel-timeline'), ctx),
    matrix: ns.matrixView.create($('panel-matrix'), ctx)
  };
  var actions = {
    pickClaim: ctx.pickClaim,
    pickNode: function (gid) { var n = cy.getElementById('n:' + gid); if (n.nonempty()) selectNode(n, true); },
    onlyReport: function (id) { state.report = id; $('report').value = id; applyFilters(); },
    compare: ctx.compare
  };

  /** Says something to screen readers once, without making a whole panel a live region. */
  function announce(message) {
    $('announce').textContent = message;
  }

  function setStatus(message, isError) {
    var status = $('status');
    status.textContent = message;
    status.className = isError ? 'status error' : 'status';
  }

  function isNarrow() { return window.innerWidth < NARROW; }

  function drawer(id, open) {
    $(id).classList.toggle('open', open);
    var toggle = document.querySelector('[aria-controls="' + id + '"]');
    if (toggle) toggle.setAttribute('aria-expanded', String(open));
  }

  // ---- filters -------------------------------------------------------------------------------

  function updateNotice() {
    var notice = $('notice');
    notice.hidden = !state.top;
    if (!state.top) return;
    var all = el('button', { type: 'button', id: 'show-everything' }, ['Show everything']);
    all.addEventListener('click', function () {
      state.top = 0;
      if (state.partial) {
        // The rest is on the server: the whole graph is fetched and drawn in place of the first view.
        state.changeNote = '';
        all.disabled = true;
        setStatus('loading the whole graph…');
        live.loadEverything();
        return;
      }
      state.changeNote = '';
      cy.add(state.model.elements.filter(function (e) { return cy.getElementById(e.data.id).empty(); }));
      applyFilters();
      layout.run();
    });
    var note = state.changeNote ? el('p', { id: 'change-note' }, [state.changeNote + '.']) : null;
    if (state.partial) {
      var loadedRels = state.model.elements.length - state.model.nodeById.size;
      var n = function (count) { return count.toLocaleString('en'); };
      notice.replaceChildren('Large graph: showing the ' + state.top + ' entities with the most claims and the ' +
        plural(loadedRels, 'relationship', 'relationships') + ' among them; ' + n(state.partial.entities - state.model.counts.entities) + ' of ' +
        n(state.partial.entities) + ' entities and ' + n(state.partial.relationships - loadedRels) + ' of ' + n(state.partial.relationships) +
        ' relationships are not loaded. Search, explore from an entity, or ', all, ' (loads the rest, slower).', note);
      return;
    }
    notice.replaceChildren('Large graph (' + plural(state.model.nodeById.size, 'node', 'nodes') + ', ' +
      plural(state.model.elements.length - state.model.nodeById.size, 'relationship', 'relationships') + '): showing the ' + state.top +
      ' entities with the most claims first. Search, explore from an entity, or ', all, ' (slower).', note);
  }

  function applyFilters() {
    if (!state.model) return;
    filters.refresh();
    var claimIds = new Set(filters.visibleClaims().map(function (c) { return c.id; }));
    state.visibleClaimIds = claimIds;
    cy.batch(function () {
      cy.nodes().forEach(showNodeIfShown);
      cy.edges().forEach(showEdgeIfShown);
      if (state.hideIsolated) {
        cy.nodes().not('.hidden').forEach(function (n) {
          if (n.connectedEdges().not('.hidden').empty()) n.addClass('hidden');
        });
      }
    });
    layout.placeNewlyShown();
    updateCounts();
    updateNotice();
    updateExploreBar();
    renderTab();
    showSelected();
    ns.controls.entityList(cy, $('search').value.trim().toLowerCase(), function (n) { selectNode(n, true); centre(n); });
    ctx.changed();
  }

  function showNodeIfShown(n) { n.toggleClass('hidden', !filters.nodeShown(n.data('gid'))); }

  function showEdgeIfShown(e) {
    var d = e.data();
    var shown = d.claim ? state.visibleClaimIds.has(d.claim)
      : !state.hiddenTypes.has(d.type) && filters.nodeShown(e.source().data('gid')) && filters.nodeShown(e.target().data('gid')) &&
        filters.passesReports(d.sourceIds, d.originIds) && ns.model.inDateRange(d, state.from, state.to, state.hideUndated);
    e.toggleClass('hidden', !shown);
    e.toggleClass('muted', d.category === 'structural' && !state.showStructural);
  }

  /**
   * After an in-place change: the filters applied to what it touched only (the entity sets are
   * unchanged), then the counts, notice and open view. Exploring or hiding isolated entities
   * depends on neighbours: then every filter runs again.
   */
  function refreshChanged(touched) {
    if (state.hideIsolated || state.explore.size) { applyFilters(); return; }
    touched.claims.forEach(function (key) {
      var claim = state.model.claimByKey.get(key);
      if (claim && filters.claimShown(claim)) state.visibleClaimIds.add(key); else state.visibleClaimIds.delete(key);
    });
    cy.batch(function () {
      touched.nodes.forEach(function (gid) { var n = cy.getElementById('n:' + gid); if (n.nonempty()) showNodeIfShown(n); });
      touched.edges.forEach(function (id) { var e = cy.getElementById(id); if (e.nonempty()) showEdgeIfShown(e); });
    });
    layout.placeNewlyShown();
    updateCounts();
    updateNotice();
    renderTab();
    showSelected();
    if (touched.nodes.length) ns.controls.entityList(cy, $('search').value.trim().toLowerCase(), function (n) { selectNode(n, true); centre(n); });
  }

  /**
   * The header's counts, as every view counts: claims (statements; facts reporting one statement
   * count once), entities and reports; the explanation says what else the graph draws.
   */
  function updateCounts() {
    var counts = state.model.counts;
    var shownClaims = state.visibleClaimIds.size;
    var shownEntities = cy.nodes().not('.hidden').filter(function (n) { return !n.data('isSource'); }).length;
    var part = function (shown, all, one, many) { return (shown === all ? '' : shown + ' of ') + plural(all, one, many); };
    $('counts').textContent = part(shownClaims, counts.claims, 'claim', 'claims') + ' · ' + part(shownEntities, counts.entities, 'entity', 'entities') +
      ' · ' + plural(counts.reports, 'report', 'reports');
    $('counts-note').textContent = 'A claim is one statement: ' + plural(counts.facts, 'fact', 'facts') + ' from the seeds' +
      (counts.facts !== counts.claims ? ' (some report one statement together)' : '') + '. The graph also draws ' +
      plural(counts.links, 'structural link', 'structural links') + ' (offices, membership), not counted as claims.';
    $('graph-empty').hidden = !(cy.edges().nonempty() && cy.edges().not('.hidden').empty());
  }

  function updateExploreBar() {
    var bar = $('explore-bar');
    bar.hidden = !state.explore.size;
    if (!state.explore.size) return;
    var names = Array.from(state.explore).map(function (gid) { var n = state.model.nodeById.get(gid); return n ? n.name : gid; });
    var all = el('button', { type: 'button', id: 'explore-all' }, ['Show all']);
    all.addEventListener('click', function () { state.explore = new Set(); applyFilters(); layout.run(); });
    bar.replaceChildren('Exploring from ' + names.join(', ') + ' ', all);
  }

  function setDateRange(from, to) {
    state.from = from;
    state.to = to;
    $('date-from').value = from;
    $('date-to').value = to;
    applyFilters();
  }

  // ---- selection -----------------------------------------------------------------------------

  function clearHighlight() {
    // Only the elements that carry one: cytoscape restyles every element it is asked to change, and
    // asking all of a large graph's (a live change clears the highlight) cost 0.4 s per frame at 100k facts.
    cy.elements('.faded, .focus, .highlighted, .picked, .path, .hover').removeClass('faded focus highlighted picked path hover');
  }

  /** The claim (or, for a structural link, a claim-shaped view of it) an element or claim id names. */
  function claimOf(id) {
    if (!id || !state.model) return null;
    if (state.model.claimByKey.has(id)) return state.model.claimByKey.get(id);
    var edge = id.indexOf('r:') === 0 ? cy.getElementById(id) : cy.collection();
    if (edge.empty()) return null;
    if (edge.data('claim')) return state.model.claimByKey.get(edge.data('claim'));
    var d = edge.data();
    return {
      id: d.id, type: d.type, category: d.category, from: edge.source().data('gid'), to: edge.target().data('gid'),
      fromName: edge.source().data('name'), toName: edge.target().data('name'), about: ns.dom.text(d.props.about),
      props: d.props, when: d.when, precision: ns.model.precisionOf(d.props), dateStart: d.dateStart, dateEnd: d.dateEnd,
      edgeIds: [d.id], sources: Array.isArray(d.props.sources) ? d.props.sources : [], sourceIds: new Set(d.sourceIds)
    };
  }

  function focusEdges(node) {
    var focus = $('focus-type').value;
    return node.connectedEdges().not('.hidden').filter(function (e) {
      return focus === ns.controls.CLAIMS ? e.data('category') !== 'structural' : !focus || e.data('type') === focus;
    });
  }

  function nodeButtons(node) {
    var gid = node.data('gid');
    var buttons = [];
    if (node.data('isSource')) {
      buttons.push({ label: 'Show only what this report says', onClick: function () { actions.onlyReport(gid); } });
      return buttons;
    }
    if (!state.explore.size) {
      buttons.push({ label: 'Explore from here', onClick: function () { state.explore = new Set([gid]); applyFilters(); layout.run(); } });
    } else if (!state.explore.has(gid)) {
      buttons.push({ label: 'Expand neighbours', onClick: function () { state.explore.add(gid); applyFilters(); layout.run(true); } });
    } else if (state.explore.size > 1) {
      buttons.push({ label: 'Collapse neighbours', onClick: function () { state.explore.delete(gid); applyFilters(); layout.run(true); } });
    }
    buttons.push({ label: 'Path from here', onClick: function () { $('path-from').value = node.data('name'); } });
    buttons.push({ label: 'Path to here', onClick: function () { $('path-to').value = node.data('name'); } });
    return buttons;
  }

  /** Highlights a node with its focus relationships and shows its claims by date. */
  function selectNode(node, fromList) {
    state.selected = node.id();
    state.path = null;
    clearHighlight();
    // A report has no edges of its own: what it is cited for is highlighted instead.
    var edges = node.data('isSource')
      ? cy.edges().not('.hidden').filter(function (e) { return e.data('sourceIds').indexOf(node.data('gid')) >= 0; })
      : focusEdges(node);
    cy.batch(function () {
      cy.elements().addClass('faded');
      node.removeClass('faded').addClass('focus');
      edges.removeClass('faded').addClass('highlighted');
      edges.connectedNodes().removeClass('faded');
    });
    layout.declutter();
    var gid = node.data('gid');
    // With roll-up, "Iran and those who speak for it": claims by or about anyone on its side.
    var side = state.rollup ? ns.evidence.sideMembers(state.model, gid) : new Set([gid]);
    var claims = filters.visibleClaims().filter(function (c) { return side.has(c.from) || side.has(c.to); });
    var links = node.connectedEdges('[category = "structural"]').not('.hidden').map(function (e) { return claimOf(e.id()); });
    var reportClaims = state.model.claims.filter(function (c) { return c.sourceIds.has(gid); }).concat(
      cy.edges('[category = "structural"]').filter(function (e) { return e.data('sourceIds').indexOf(gid) >= 0; })
        .map(function (e) { return claimOf(e.id()); }));
    ns.details.showNode(panel, { node: node.data(), claims: claims, links: links, reportClaims: reportClaims, buttons: nodeButtons(node), actions: actions,
      side: side.size > 1 });
    announce(node.data('name') + ': ' + plural(node.data('isSource') ? reportClaims.length : claims.length, 'claim', 'claims'));
    views.claims.markSelected('');
    if (fromList && isNarrow()) drawer('details-pane', true);
    ctx.changed();
  }

  function pickClaim(claim, fromList) {
    state.selected = claim.id;
    state.path = null;
    clearHighlight();
    claim.edgeIds.forEach(function (id) { cy.getElementById(id).addClass('picked'); });
    ns.details.showClaim(panel, claim, actions, responsesTo(claim));
    announce(claim.fromName + ' ' + claim.type + ' ' + claim.toName + ': ' + plural(claim.sourceIds.size, 'report', 'reports'));
    var row = views.claims.markSelected(claim.id);
    if (row && state.tab === 'claims' && !fromList) row.scrollIntoView({ block: 'nearest' });
    if (fromList && isNarrow()) drawer('details-pane', true);
    ctx.changed();
  }

  function responsesTo(claim) {
    return claim.category !== 'structural' ? ns.evidence.responseFinder(state.model, filters.visibleClaims())(claim) : [];
  }

  /** Opens a disputed claim beside every claim disputing it. */
  function compare(claim) {
    clearHighlight();
    var all = [claim].concat(claim.disputes);
    all.forEach(function (c) { c.edgeIds.forEach(function (id) { cy.getElementById(id).addClass('picked'); }); });
    ns.details.showSideBySide(panel, all, actions);
    announce(plural(all.length, 'account', 'accounts') + ' side by side');
    if (isNarrow()) drawer('details-pane', true);
  }

  function clearFilters() {
    state.hiddenTypes = new Set();
    state.from = state.to = state.report = state.claimsType = state.claimsEntity = state.claimsRole = '';
    state.agree = 1;
    state.hideUndated = false;
    state.explore = new Set();
    ['date-from', 'date-to', 'report', 'search'].forEach(function (id) { $(id).value = ''; });
    $('agree').value = '1';
    $('hide-undated').checked = false;
    ns.controls.build(state.model, state, applyFilters, actions);
    applyFilters();
  }

  function showList(title, claims) {
    clearHighlight();
    claims.forEach(function (c) { c.edgeIds.forEach(function (id) { cy.getElementById(id).addClass('picked'); }); });
    ns.details.showClaimList(panel, title, claims, actions);
    announce(title + ': ' + plural(claims.length, 'claim', 'claims'));
    if (isNarrow()) drawer('details-pane', true);
  }

  function showSelected() {
    if (state.path) return;
    var id = state.selected;
    var claim = id && id.indexOf('n:') !== 0 ? claimOf(id) : null;
    var node = id && id.indexOf('n:') === 0 ? cy.getElementById(id) : cy.collection();
    if (claim && claim.edgeIds.some(function (e) { return !cy.getElementById(e).hasClass('hidden'); })) {
      pickClaim(claim, false);
    } else if (node.nonempty() && (!node.hasClass('hidden') || node.data('isSource'))) {
      selectNode(node, false);
    } else {
      state.selected = '';
      clearHighlight();
      layout.declutter();
      views.claims.markSelected('');
      ns.details.hint(panel, 'Click a node or pick an entity to see its claims by date; hover or click a relationship, or pick a row under Claims, to read its sources.');
    }
  }

  function clearSelection() {
    state.selected = '';
    state.path = null;
    $('path-result').textContent = '';
    drawer('side', false);
    drawer('details-pane', false);
    showSelected();
    ctx.changed();
  }

  // ---- exploration ---------------------------------------------------------------------------

  function findNode(name) {
    var query = name.trim().toLowerCase();
    if (!query) return cy.collection();
    var shown = cy.nodes().not('.hidden');
    var exact = shown.filter(function (n) { return n.data('name').toLowerCase() === query || n.data('gid') === query; });
    return exact.nonempty() ? exact[0] : shown.filter(function (n) { return n.data('search').indexOf(query) >= 0; }).first();
  }

  /** Shortest path between two entities over the shown relationships, in either direction. */
  function findPath() {
    var from = findNode($('path-from').value), to = findNode($('path-to').value);
    if (from.empty() || to.empty()) { $('path-result').textContent = 'choose two shown entities'; return; }
    var shown = cy.elements().not('.hidden');
    var path = shown.dijkstra({ root: from, directed: false }).pathTo(to);
    if (path.empty() || !path.last().same(to)) { $('path-result').textContent = 'no path between them'; return; }
    state.selected = '';
    clearHighlight();
    cy.elements().addClass('faded');
    path.removeClass('faded').addClass('path');
    state.path = path.map(function (e) { return e.id(); });
    var edges = path.edges();
    $('path-result').textContent = plural(edges.length, 'step', 'steps');
    ns.details.showClaimList(panel, 'Path: ' + path.nodes().map(function (n) { return n.data('name'); }).join(' — '),
      edges.map(function (e) { return claimOf(e.id()); }), actions);
    if (state.tab === 'graph') cy.animate({ fit: { eles: path, padding: 60 } }, { duration: 200 });
  }

  // ---- graph ---------------------------------------------------------------------------------

  function centre(node) {
    if (state.tab === 'graph') cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 200 });
  }

  /** Draws a graph from the server or the export; partial holds the whole graph's totals when only its busiest entities were sent. */
  function render(graph, partial) {
    var started = performance.now();
    var model = ns.model.build(graph, config.types);
    if (state.partial && !partial) state.top = 0; // the whole graph now (shown everything, or it shrank to a small one)
    state.partial = partial || null;
    draw(model, [['start', started], ['model', performance.now()]]);
  }

  /** Shows a new model: every drawn element handed to cytoscape again, known nodes kept where they were. */
  function draw(model, stages) {
    var stage = function (name) { stages.push([name, performance.now()]); };
    var first = !state.model;
    state.model = model;
    view.model = model;
    // Reports have no edges of their own: they start hidden in the graph (their claims are listed).
    if (first && !labelsFromUrl) model.sourceLabels.forEach(function (l) { state.hiddenLabels.add(l); });
    if (state.partial) state.top = model.counts.entities; // every entity loaded is one the server chose
    else if (first && !topFromUrl && model.elements.length - model.nodeById.size > LARGE) state.top = TOP_FIRST;
    ns.controls.build(model, state, applyFilters, actions);
    var previous = new Map();
    cy.nodes().forEach(function (n) { previous.set(n.id(), Object.assign({}, n.position())); });
    // While only the busiest entities are shown, relationships of the others stay out of
    // cytoscape altogether (styling thousands of hidden edges costs seconds); "Show everything" adds them.
    var keep = filters.topSet();
    var elements = keep ? model.elements.filter(function (e) {
      return e.group === 'nodes' || (keep.has(e.data.source.slice(2)) && keep.has(e.data.target.slice(2)));
    }) : model.elements;
    cy.batch(function () {
      cy.elements().remove();
      cy.add(elements);
    });
    stage('add');
    applyFilters();
    stage('filters');
    if (previous.size === 0) layout.run();
    else if (layout.restorePositions(previous) > 0) layout.run(true);
    stage('layout');
    view.stages = 'render started at ' + Math.round(stages[0][1]) + ' ms: ' + stages.slice(1).map(function (s, i) { return s[0] + ' ' + Math.round(s[1] - stages[i][1]) + ' ms'; }).join(', ');
    if (model.skipped > 0) {
      setStatus(plural(model.skipped, 'relationship', 'relationships') + ' not shown: endpoint missing', true);
    }
    view.renders++;
    if (previous.size === 0) markTimings();
  }

  /** "2 relationships changed, 1 entity added": what a change set did, for the status line. */
  function describe(change) {
    var parts = [];
    [['addedNodes', 'entity', 'entities', 'added'], ['changedNodes', 'entity', 'entities', 'changed'], ['removedNodes', 'entity', 'entities', 'removed'],
      ['addedRelationships', 'relationship', 'relationships', 'added'], ['changedRelationships', 'relationship', 'relationships', 'changed'],
      ['removedRelationships', 'relationship', 'relationships', 'removed']].forEach(function (k) {
      var n = Array.isArray(change[k[0]]) ? change[k[0]].length : 0;
      if (n) parts.push(plural(n, k[1], k[2]) + ' ' + k[3]);
    });
    return parts.length ? parts.join(', ') : 'nothing';
  }

  /**
   * Applies one change set from the server: the model is patched in place and only the touched
   * elements are updated in cytoscape (no layout run; a new node starts beside a neighbour).
   * Returns what the status line says about it, including what of it is not drawn.
   */
  function applyChange(change, version) {
    var said = 'change ' + version + ': ' + describe(change);
    var notLoaded = 0;
    if (state.partial) {
      var split = withinLoaded(change);
      change = split.change;
      notLoaded = split.outside;
    }
    var drawnTop = state.topSet;
    var started = performance.now();
    var touched = ns.model.patch(state.model, change);
    var patched = performance.now();
    var keep = touched ? filters.topSet() : null;
    var sameTop = !drawnTop === !keep && (!keep || (keep.size === drawnTop.size && Array.from(keep).every(function (gid) { return drawnTop.has(gid); })));
    if (!touched || !sameTop) {
      // Beyond an in-place patch (or the busiest entities changed): drawn again from the page's own copy, nothing fetched.
      state.changeNote = '';
      draw(touched ? state.model : ns.model.build(ns.model.graphOf(state.model), config.types), [['start', started], ['model', performance.now()]]);
      view.changes++;
      return said + (touched ? ' (the busiest entities changed: redrawn)' : ' (redrawn from the page\'s copy of the graph)');
    }
    var outside = 0;
    cy.batch(function () {
      touched.removed.forEach(function (id) { cy.getElementById(id).remove(); });
      touched.nodes.forEach(function (gid) {
        var data = state.model.nodeById.get(gid);
        var node = cy.getElementById(data.id);
        if (node.nonempty()) node.data(data); else cy.add({ group: 'nodes', data: data });
      });
      touched.edges.forEach(function (id) {
        var data = state.model.elements[state.model.elementAt.get(id)].data;
        var edge = cy.getElementById(id);
        if (keep && !(keep.has(data.source.slice(2)) && keep.has(data.target.slice(2)))) {
          edge.remove();
          outside++;
          return;
        }
        if (edge.nonempty() && (edge.data('source') !== data.source || edge.data('target') !== data.target)) edge.remove();
        if (edge.inside()) edge.data(data); else cy.add({ group: 'edges', data: data });
      });
    });
    // Legend and report counts move only when something was added or removed.
    if (/added|removed/.test(describe(change))) ns.controls.build(state.model, state, applyFilters, actions);
    var updated = performance.now();
    state.changeNote = outside ? said + ': ' + plural(outside, 'relationship is', 'relationships are') + ' between entities outside the ' + state.top +
      ' drawn, so it is counted and listed but not drawn' : notLoaded ? said + ': ' + plural(notLoaded, 'element is', 'elements are') +
      ' outside the ' + state.top + ' entities loaded, so it is counted in the totals but not drawn or listed' : '';
    refreshChanged(touched);
    view.changes++;
    view.stages = 'change applied: model ' + Math.round(patched - started) + ' ms, cytoscape ' + Math.round(updated - patched) +
      ' ms, filters and views ' + Math.round(performance.now() - updated) + ' ms';
    return said + (outside ? ' (' + outside + ' not drawn: outside the ' + state.top + ' entities shown)' : '') +
      (notLoaded ? ' (' + notLoaded + ' not loaded: outside the ' + state.top + ' entities loaded)' : '');
  }

  /**
   * A change set cut to the elements the page loaded (a first view holds only the busiest entities):
   * what touches entities not loaded is left out and counted, adjusting the whole graph's totals; a
   * loaded relationship moved to an entity not loaded leaves the page.
   */
  function withinLoaded(change) {
    var model = state.model, outside = 0, totals = state.partial;
    var list = function (key) { return Array.isArray(change[key]) ? change[key] : []; };
    var loadedNode = function (id) { return model.rawNodes.has(ns.dom.text(id)); };
    var isReport = function (id) { var n = model.nodeById.get(ns.dom.text(id)); return n && n.isSource; };
    totals.relationships += list('addedRelationships').length - list('removedRelationships').length;
    totals.entities += list('addedNodes').length - list('removedNodes').filter(function (id) { return !isReport(id); }).length;
    var keep = { removedNodes: [], removedRelationships: [], addedNodes: [], changedNodes: [], addedRelationships: [], changedRelationships: [] };
    list('removedNodes').forEach(function (id) { if (loadedNode(id)) keep.removedNodes.push(id); else outside++; });
    list('removedRelationships').forEach(function (id) { if (model.rawRels.has(ns.dom.text(id))) keep.removedRelationships.push(id); else outside++; });
    ['addedNodes', 'changedNodes'].forEach(function (key) {
      list(key).forEach(function (n) { if (loadedNode(n.id)) keep[key].push(n); else outside++; });
    });
    ['addedRelationships', 'changedRelationships'].forEach(function (key) {
      list(key).forEach(function (r) {
        if (loadedNode(r.start) && loadedNode(r.end)) { keep[key].push(r); return; }
        outside++;
        if (model.rawRels.has(ns.dom.text(r.id))) keep.removedRelationships.push(r.id);
      });
    });
    return { change: keep, outside: outside };
  }

  /** Milliseconds from navigation: first frame drawn after the first render, then the main thread free again. */
  function markTimings() {
    var timings = view.timings = { layout: $('layout').value + ' layout, ' + cy.nodes().not('.hidden').length + ' nodes shown; ' + view.stages };
    requestAnimationFrame(function () {
      timings.firstRender = performance.now();
      setTimeout(function () { timings.interactive = performance.now(); }, 0);
    });
  }

  /** What a picture of the graph must carry to stand alone: the legend, the filters and the reports shown. */
  function exportNotes() {
    var shownEdges = cy.edges().not('.hidden');
    var types = state.model.types.filter(function (t) { return shownEdges.some(function (e) { return e.data('type') === t; }); });
    var cited = new Set();
    shownEdges.forEach(function (e) { e.data('sourceIds').forEach(function (id) { cited.add(id); }); });
    var filtersText = [];
    if (state.hiddenTypes.size) filtersText.push('hidden types: ' + Array.from(state.hiddenTypes).sort().join(', '));
    if (state.from || state.to) filtersText.push('dates ' + (state.from || '…') + ' to ' + (state.to || '…'));
    if (state.report) filtersText.push('only report ' + state.report);
    if (state.agree > 1) filtersText.push('reported by at least ' + state.agree);
    if (state.explore.size) filtersText.push('exploring from ' + Array.from(state.explore).join(', '));
    return {
      legend: types.map(function (t) { return { type: t, style: state.model.typeStyle.get(t) }; }),
      filters: filtersText.length ? filtersText.join('; ') : 'no filters',
      counts: $('counts').textContent,
      sources: state.model.sources.filter(function (s) { return cited.has(s.gid); }).map(function (s) {
        return s.name + ' (' + ns.dom.text(s.props.publisher) + (s.props.published ? ', ' + ns.dom.text(s.props.published) : '') + ')';
      })
    };
  }

  // ---- tabs, search, keyboard ----------------------------------------------------------------

  function renderTab() {
    if (views[state.tab]) views[state.tab].render();
  }

  function showTab(name) {
    if (['graph', 'claims', 'timeline', 'matrix'].indexOf(name) < 0) name = 'graph';
    state.tab = name;
    document.querySelectorAll('.tabs [role=tab]').forEach(function (tab) {
      var active = tab.dataset.tab === name;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      $('panel-' + tab.dataset.tab).hidden = !active;
    });
    if (name === 'graph') cy.resize();
    renderTab();
    if (state.model) showSelected();
    ctx.changed();
  }

  function search() {
    var query = $('search').value.trim().toLowerCase();
    cy.nodes().removeClass('match');
    ns.controls.entityList(cy, query, function (n) { selectNode(n, true); centre(n); });
    if (!query) { $('search-result').textContent = ''; return; }
    // Reports match too (by title or publisher), though the graph hides them: selecting one lists its claims.
    var matches = cy.nodes().filter(function (n) { return (!n.hasClass('hidden') || n.data('isSource')) && n.data('search').indexOf(query) >= 0; });
    $('search-result').textContent = matches.empty() ? 'no match' : plural(matches.length, 'match', 'matches');
    if (matches.empty()) return;
    matches.addClass('match');
    if (matches.length === 1) {
      selectNode(matches[0], false);
      centre(matches[0]);
    } else if (state.tab === 'graph') {
      cy.animate({ fit: { eles: matches, padding: 80 } }, { duration: 200 });
    }
  }

  // On a phone a tap opens the details drawer (there is no room to show them beside the graph).
  cy.on('tap', 'node', function (event) { selectNode(event.target, isNarrow()); });
  cy.on('tap', 'edge', function (event) { pickClaim(claimOf(event.target.id()), isNarrow()); });
  // When cytoscape last drew a frame (ms since the epoch): the live benchmark splits a change's frame time with it.
  cy.on('render', function () { view.drawnAt = Date.now(); });
  cy.on('mouseover', 'node', function (event) { event.target.addClass('hover'); });
  cy.on('mouseout', 'node', function (event) { event.target.removeClass('hover'); });
  cy.on('tap', function (event) { if (event.target === cy) { state.selected = ''; state.path = null; showSelected(); ctx.changed(); } });
  cy.on('mouseover', 'edge', function (event) {
    event.target.addClass('hover');
    var claim = claimOf(event.target.id());
    ns.details.showClaim(panel, claim, actions, responsesTo(claim));
  });
  cy.on('mouseout', 'edge', function (event) { event.target.removeClass('hover'); showSelected(); });

  $('cy').addEventListener('keydown', function (event) {
    var step = 60;
    var pan = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[event.key];
    if (pan) cy.panBy({ x: pan[0], y: pan[1] });
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '0') layout.fitLegibly();
    else return;
    event.preventDefault();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') clearSelection();
  });
  // Tabs follow the ARIA pattern: one tab stop, arrow keys move between tabs.
  var tabs = Array.prototype.slice.call(document.querySelectorAll('.tabs [role=tab]'));
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { showTab(tab.dataset.tab); });
    tab.addEventListener('keydown', function (event) {
      var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      var target = tabs[(next + tabs.length) % tabs.length];
      showTab(target.dataset.tab);
      target.focus();
    });
  });
  $('toggle-side').addEventListener('click', function () { drawer('side', !$('side').classList.contains('open')); });
  $('toggle-details').addEventListener('click', function () { drawer('details-pane', !$('details-pane').classList.contains('open')); });
  document.querySelectorAll('[data-close]').forEach(function (button) {
    button.addEventListener('click', function () { drawer(button.dataset.close, false); });
  });

  function bind(id, key, read) {
    $(id).addEventListener('change', function () { state[key] = read($(id)); applyFilters(); });
  }
  bind('date-from', 'from', function (i) { return i.value; });
  bind('date-to', 'to', function (i) { return i.value; });
  bind('hide-undated', 'hideUndated', function (i) { return i.checked; });
  bind('hide-isolated', 'hideIsolated', function (i) { return i.checked; });
  bind('show-structural', 'showStructural', function (i) { return i.checked; });
  bind('report', 'report', function (i) { return i.value; });
  bind('agree', 'agree', function (i) { return Math.max(1, parseInt(i.value, 10) || 1); });
  $('focus-type').addEventListener('change', function () { state.focus = $('focus-type').value; showSelected(); });
  $('layout').addEventListener('change', function () { layout.run(); });
  $('fit').addEventListener('click', layout.fitLegibly);
  $('export-png').addEventListener('click', function () { ns.exporter.png(cy, exportNotes()); });
  $('export-svg').addEventListener('click', function () { ns.exporter.svg(cy, exportNotes()); });
  $('rollup').addEventListener('change', function () { ctx.setRollup($('rollup').checked); });
  $('skip-link').addEventListener('click', function (event) {
    event.preventDefault();
    var tab = document.querySelector('.tabs [aria-selected="true"]');
    if (tab) tab.focus();
  });
  $('path-find').addEventListener('click', findPath);
  $('search').addEventListener('input', search);
  window.addEventListener('resize', function () { if (state.tab !== 'graph') renderTab(); });

  // Controls show the state read from the URL.
  $('date-from').value = state.from;
  $('date-to').value = state.to;
  $('hide-undated').checked = state.hideUndated;
  $('hide-isolated').checked = state.hideIsolated;
  $('show-structural').checked = state.showStructural;
  $('rollup').checked = state.rollup;
  $('agree').value = String(state.agree);
  showTab(state.tab);

  if (config.mode === 'live') {
    live = ns.live.start(config, { render: render, apply: applyChange, view: view }, setStatus, function (status) {
      ns.banner.show($('banner'), status);
      view.syncStatus = status;
    });
  } else {
    render(JSON.parse($('graphbuilder-data').textContent));
    setStatus('offline export');
  }
})(window.GraphBuilderView, window.cytoscape);
