// Where nodes go: the layouts, fitting so labels can be read, and keeping positions steady when
// a live refresh or a filter brings nodes in (they start beside a placed neighbour).
(function (ns) {
  'use strict';

  var DRAFT_ABOVE = 2000;   // fcose trades layout quality for speed above this many nodes
  var LEGIBLE_UP_TO = 150;  // graphs this small get labels of at least MIN_LABEL_PX on screen
  var MIN_LABEL_PX = 12;
  var DECLUTTER_UP_TO = 1500; // pairwise label checks; larger graphs keep cytoscape's own hiding of tiny labels

  function options(name, count) {
    // fcose is both faster and tidier than cose at every size we expect (50 to 5,000 nodes).
    if (name === 'auto') name = window.cytoscapeFcose ? 'fcose' : 'cose';
    var result = { name: name, animate: false, fit: true, padding: 30 };
    var extra = {
      cose: { nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; }, nodeDimensionsIncludeLabels: true },
      fcose: { quality: count > DRAFT_ABOVE ? 'draft' : 'default', nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 110; }, nodeDimensionsIncludeLabels: count < 1000 },
      concentric: { concentric: function (n) { return n.data('claims'); }, levelWidth: function () { return 2; }, minNodeSpacing: 20 },
      breadthfirst: { directed: true, spacingFactor: 1.1 },
      circle: { avoidOverlap: true },
      grid: { avoidOverlap: true }
    }[name];
    return Object.assign(result, extra);
  }

  /** A small seeded random generator (mulberry32), so a layout's random start is the same on every load. */
  function seeded(seed) {
    return function () {
      seed = (seed + 0x6D2B79F5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  /** Runs `work` with Math.random seeded: the layouts draw on it, and the same graph must give the same picture. */
  function withSeededRandom(work) {
    var random = Math.random;
    Math.random = seeded(1);
    try { work(); } finally { Math.random = random; }
  }

  /**
   * Hides the labels that would overlap a more important node's label or body (what a selection
   * highlights first, then more claims first): whatever stays on screen can be read. Hidden labels show on hover and selection;
   * zooming in runs this again, so they come back as space allows.
   */
  function declutter(cy) {
    var shown = cy.nodes().not('.hidden');
    if (shown.length > DECLUTTER_UP_TO) return;
    var ranked = shown.sort(function (a, b) {
      return (a.hasClass('faded') ? 1 : 0) - (b.hasClass('faded') ? 1 : 0) || b.data('claims') - a.data('claims') || ns.model.compare(a.id(), b.id());
    });
    var kept = [];
    // Faded nodes (outside a selection) are drawn faintly: a label may cross them.
    var bodies = shown.not('.faded').map(function (n) { return { id: n.id(), box: n.boundingBox({ includeLabels: false }) }; });
    var overlaps = function (a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; };
    cy.batch(function () {
      ranked.forEach(function (n) {
        var label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        var clash = kept.some(function (k) { return overlaps(k, label); }) ||
          bodies.some(function (b) { return b.id !== n.id() && overlaps(b.box, label); });
        n.toggleClass('label-hidden', clash);
        if (!clash) kept.push(label);
      });
    });
  }

  /** Layout operations on `cy`; `state.placed` remembers which nodes have a position; `layoutName()` is the chosen layout. */
  function create(cy, state, view, layoutName) {
    /**
     * Fits what is shown and, for graphs small enough to read, sizes labels so they are at least
     * MIN_LABEL_PX on screen at that zoom (large graphs keep small labels, hidden when tiny).
     */
    function fitLegibly() {
      var shown = cy.elements().not('.hidden');
      cy.fit(shown, 30);
      var small = shown.nodes().length <= LEGIBLE_UP_TO;
      var size = small ? Math.min(Math.max(MIN_LABEL_PX, (MIN_LABEL_PX + 1) / cy.zoom()), 60) : MIN_LABEL_PX;
      // A style bypass on nodes: updating the stylesheet would restyle every edge too.
      if (size !== view.labelSize) cy.nodes().style({ 'font-size': size, 'text-max-width': (size * 14) + 'px' });
      view.labelSize = size;
      declutter(cy);
    }

    /** Lays out what is shown; `incremental` starts from current positions and keeps the view. */
    function run(incremental) {
      var shown = cy.elements().not('.hidden');
      var chosen = options(layoutName(), shown.nodes().length);
      if (incremental === true) Object.assign(chosen, { randomize: false, fit: false });
      else shown.nodes().sort(function (a, b) { return ns.model.compare(a.id(), b.id()); })
        .forEach(function (n, i) { n.position({ x: (i % 20) * 40, y: Math.floor(i / 20) * 40 }); });
      withSeededRandom(function () { shown.layout(chosen).run(); });
      state.placed = new Set(shown.nodes().map(function (n) { return n.id(); }).concat(state.placed ? Array.from(state.placed) : []));
      if (incremental !== true) fitLegibly();
    }

    // Nodes shown for the first time after the layout (e.g. reports, hidden at first) go beside a
    // placed neighbour, or in a row under the graph, instead of all on top of each other.
    function placeNewlyShown() {
      if (!state.placed) return;
      var fresh = cy.nodes().not('.hidden').filter(function (n) { return !state.placed.has(n.id()); });
      if (fresh.empty()) return;
      var box = cy.nodes().filter(function (n) { return state.placed.has(n.id()); }).boundingBox();
      var x = isFinite(box.x1) ? box.x1 : 0, y = isFinite(box.y2) ? box.y2 + 60 : 0;
      fresh.forEach(function (n, i) {
        var placed = n.neighborhood('node').filter(function (m) { return state.placed.has(m.id()); });
        if (placed.nonempty()) {
          var p = placed[0].position();
          n.position({ x: p.x + 50 * Math.cos(i), y: p.y + 50 * Math.sin(i) });
        } else {
          n.position({ x: x + (i % 8) * 160, y: y + Math.floor(i / 8) * 60 });
        }
        state.placed.add(n.id());
      });
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

    var pending = 0;
    cy.on('zoom', function () {
      // After the zoom settles: labels hidden for lack of room may fit now.
      clearTimeout(pending);
      pending = setTimeout(function () { declutter(cy); }, 120);
    });

    return { run: run, fitLegibly: fitLegibly, placeNewlyShown: placeNewlyShown, restorePositions: restorePositions, declutter: function () { declutter(cy); } };
  }

  ns.layout = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
