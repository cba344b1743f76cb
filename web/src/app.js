// Wires the page: cytoscape, filters, search, focus, layouts, and (served mode) live refresh.
// window.graphView exposes the cytoscape instance and render count for tests and the console.
(function (ns, cytoscape) {
  'use strict';

  var DRAFT_ABOVE = 2000; // fcose trades layout quality for speed above this many nodes
  var el = ns.dom.el;
  var plural = ns.dom.plural;
  var $ = function (id) { return document.getElementById(id); };
  var config = JSON.parse($('graphbuilder-config').textContent);
  var panel = $('details');

  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

  var cy = cytoscape({ container: $('cy'), elements: [], style: ns.style, minZoom: 0.05, maxZoom: 4 });
  var state = { model: null, hiddenTypes: new Set(), hiddenLabels: new Set(), selected: null, focusChosen: false };
  var view = window.graphView = { cy: cy, state: state, renders: 0 };

  function setStatus(message, isError) {
    var status = $('status');
    status.textContent = message;
    status.className = isError ? 'status error' : 'status';
  }

  function checkboxRow(name, count, colour, isEdge, hidden, onToggle) {
    var box = el('input', { type: 'checkbox', checked: !hidden.has(name), value: name });
    box.addEventListener('change', function () {
      if (box.checked) hidden.delete(name); else hidden.add(name);
      onToggle();
    });
    var swatch = el('span', { className: isEdge ? 'swatch edge' : 'swatch' });
    swatch.style.backgroundColor = colour;
    return el('label', null, [box, swatch, el('span', { className: 'name' }, [name]),
      el('span', { className: 'count' }, [String(count)])]);
  }

  function buildControls(model) {
    $('type-filters').replaceChildren.apply($('type-filters'), model.types.map(function (t) {
      return checkboxRow(t, model.typeCounts.get(t), model.typeColour.get(t), true, state.hiddenTypes, applyFilters);
    }));
    $('label-filters').replaceChildren.apply($('label-filters'), model.labels.map(function (l) {
      return checkboxRow(l, model.labelCounts.get(l), model.labelStyle.get(l).colour, false, state.hiddenLabels, applyFilters);
    }));
    var focus = $('focus-type');
    var current = state.focusChosen ? focus.value : config.defaultFocusType;
    focus.replaceChildren.apply(focus, [el('option', { value: '' }, ['relationships of every type'])]
      .concat(model.types.map(function (t) { return el('option', { value: t }, [t + ' relationships']); })));
    focus.value = model.types.indexOf(current) >= 0 ? current : '';
  }

  function updateCounts() {
    var nodes = cy.nodes().length;
    var edges = cy.edges().length;
    var shownNodes = cy.nodes().not('.hidden').length;
    var shownEdges = cy.edges().not('.hidden').length;
    $('counts').textContent = shownNodes === nodes && shownEdges === edges
      ? plural(nodes, 'node', 'nodes') + ' · ' + plural(edges, 'relationship', 'relationships')
      : shownNodes + ' of ' + plural(nodes, 'node', 'nodes') + ' · ' + shownEdges + ' of ' + plural(edges, 'relationship', 'relationships');
  }

  function applyFilters() {
    var from = $('date-from').value;
    var to = $('date-to').value;
    var hideUndated = $('hide-undated').checked;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass('hidden', state.hiddenLabels.has(n.data('label'))); });
      cy.edges().forEach(function (e) {
        var shown = !state.hiddenTypes.has(e.data('type')) &&
          ns.model.inDateRange(e.data(), from, to, hideUndated) &&
          !e.source().hasClass('hidden') && !e.target().hasClass('hidden');
        e.toggleClass('hidden', !shown);
      });
      if ($('hide-isolated').checked) {
        cy.nodes().not('.hidden').forEach(function (n) {
          if (n.connectedEdges().not('.hidden').empty()) n.addClass('hidden');
        });
      }
    });
    updateCounts();
    showSelected();
  }

  function clearHighlight() {
    cy.elements().removeClass('faded focus highlighted picked');
  }

  function focusEdges(node) {
    var type = $('focus-type').value;
    return node.connectedEdges().not('.hidden').filter(function (e) { return !type || e.data('type') === type; });
  }

  /** Highlights a node with its focus-type relationships (who it accused / was accused by). */
  function selectNode(node) {
    state.selected = node.id();
    clearHighlight();
    var edges = focusEdges(node);
    cy.batch(function () {
      cy.elements().addClass('faded');
      node.removeClass('faded').addClass('focus');
      edges.removeClass('faded').addClass('highlighted');
      edges.connectedNodes().removeClass('faded');
    });
    ns.details.showNode(panel, node, $('focus-type').value || 'any type', edges, selectEdge);
  }

  function selectEdge(edge) {
    state.selected = edge.id();
    clearHighlight();
    edge.addClass('picked');
    ns.details.showEdge(panel, edge, selectNode);
  }

  function showSelected() {
    var selected = state.selected ? cy.getElementById(state.selected) : cy.collection();
    if (selected.empty() || selected.hasClass('hidden')) {
      state.selected = null;
      clearHighlight();
      ns.details.hint(panel, 'Click a node to see its relationships; hover or click a relationship to see its sources.');
    } else if (selected.isNode()) {
      selectNode(selected);
    } else {
      selectEdge(selected);
    }
  }

  function layoutOptions(name, count) {
    // fcose is both faster and tidier than cose at every size we expect (50 to 5,000 nodes).
    if (name === 'auto') name = window.cytoscapeFcose ? 'fcose' : 'cose';
    var options = { name: name, animate: false, fit: true, padding: 30 };
    var extra = {
      cose: { nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; }, nodeDimensionsIncludeLabels: true },
      fcose: { quality: count > DRAFT_ABOVE ? 'draft' : 'default', nodeRepulsion: function () { return 6000; }, idealEdgeLength: function () { return 80; }, nodeDimensionsIncludeLabels: count < 1000 },
      concentric: { concentric: function (n) { return n.degree(); }, levelWidth: function () { return 2; }, minNodeSpacing: 20 },
      breadthfirst: { directed: true, spacingFactor: 1.1 },
      circle: { avoidOverlap: true },
      grid: { avoidOverlap: true }
    }[name];
    return Object.assign(options, extra);
  }

  /** Lays out what is shown; `incremental` starts from current positions and keeps the view. */
  function runLayout(incremental) {
    var shown = cy.elements().not('.hidden');
    var options = layoutOptions($('layout').value, shown.nodes().length);
    if (incremental === true) Object.assign(options, { randomize: false, fit: false });
    shown.layout(options).run();
  }

  // A live refresh puts every known node back where it was, so the picture does not jump on
  // each sync. New nodes start beside a placed neighbour, then the layout settles from there.
  function restorePositions(previous) {
    var fresh = cy.nodes().filter(function (n) { return !previous.has(n.id()); });
    cy.nodes().forEach(function (n) { if (previous.has(n.id())) n.position(previous.get(n.id())); });
    fresh.forEach(function (n, i) {
      var placed = n.neighborhood('node').filter(function (m) { return previous.has(m.id()); });
      var anchor = placed.nonempty() ? placed[0].position() : cy.extent();
      var x = anchor.x !== undefined ? anchor.x : (anchor.x1 + anchor.x2) / 2;
      var y = anchor.y !== undefined ? anchor.y : (anchor.y1 + anchor.y2) / 2;
      n.position({ x: x + 40 * Math.cos(i), y: y + 40 * Math.sin(i) });
    });
    return fresh.length;
  }

  function render(graph) {
    var model = ns.model.build(graph);
    state.model = model;
    view.model = model;
    buildControls(model);
    var previous = new Map();
    cy.nodes().forEach(function (n) { previous.set(n.id(), Object.assign({}, n.position())); });
    cy.batch(function () {
      cy.elements().remove();
      cy.add(model.elements);
    });
    applyFilters();
    if (previous.size === 0) runLayout();
    else if (restorePositions(previous) > 0) runLayout(true);
    if (model.skipped > 0) {
      setStatus(plural(model.skipped, 'relationship', 'relationships') + ' not shown: endpoint missing', true);
    }
    view.renders++;
  }

  function search() {
    var query = $('search').value.trim().toLowerCase();
    cy.nodes().removeClass('match');
    if (!query) { $('search-result').textContent = ''; return; }
    var matches = cy.nodes().not('.hidden').filter(function (n) { return n.data('search').indexOf(query) >= 0; });
    $('search-result').textContent = matches.empty() ? 'no match' : plural(matches.length, 'match', 'matches');
    if (matches.empty()) return;
    matches.addClass('match');
    if (matches.length === 1) {
      selectNode(matches[0]);
      cy.animate({ center: { eles: matches }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 200 });
    } else {
      cy.animate({ fit: { eles: matches, padding: 80 } }, { duration: 200 });
    }
  }

  cy.on('tap', 'node', function (event) { selectNode(event.target); });
  cy.on('tap', 'edge', function (event) { selectEdge(event.target); });
  cy.on('tap', function (event) { if (event.target === cy) { state.selected = null; showSelected(); } });
  cy.on('mouseover', 'edge', function (event) { ns.details.showEdge(panel, event.target, selectNode); });
  cy.on('mouseout', 'edge', function () { showSelected(); });

  ['date-from', 'date-to', 'hide-undated', 'hide-isolated'].forEach(function (id) {
    $(id).addEventListener('change', applyFilters);
  });
  $('focus-type').addEventListener('change', function () { state.focusChosen = true; showSelected(); });
  $('layout').addEventListener('change', function () { runLayout(); });
  $('fit').addEventListener('click', function () { cy.fit(cy.elements().not('.hidden'), 30); });
  $('search').addEventListener('input', search);

  if (config.mode === 'live') {
    ns.live.start(config, render, setStatus);
  } else {
    render(JSON.parse($('graphbuilder-data').textContent));
    setStatus('offline export');
  }
})(window.GraphBuilderView, window.cytoscape);
