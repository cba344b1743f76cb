// Where nodes go: the layouts, fitting so labels can be read, and keeping positions steady when
// a live refresh or a filter brings nodes in (they start beside a placed neighbour).
(function (ns) {
  'use strict';

  var DRAFT_ABOVE = 2000;   // fcose trades layout quality for speed above this many nodes
  var LEGIBLE_UP_TO = 150;  // graphs this small get labels of at least MIN_LABEL_PX on screen
  var MIN_LABEL_PX = 12;

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
    }

    /** Lays out what is shown; `incremental` starts from current positions and keeps the view. */
    function run(incremental) {
      var shown = cy.elements().not('.hidden');
      var chosen = options(layoutName(), shown.nodes().length);
      if (incremental === true) Object.assign(chosen, { randomize: false, fit: false });
      shown.layout(chosen).run();
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

    return { run: run, fitLegibly: fitLegibly, placeNewlyShown: placeNewlyShown, restorePositions: restorePositions };
  }

  ns.layout = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
