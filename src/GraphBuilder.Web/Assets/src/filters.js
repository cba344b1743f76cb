// What the shared filters let through: entities (by label, exploration and, for large graphs,
// the busiest first), claims (by type, dates, reports and agreement between reports). Every
// view asks here, so the graph, claims table, timeline and matrix always agree.
(function (ns) {
  'use strict';

  function create(cy, state) {
    // "Reported by at least N" counts independent origins (originIds): reprints of one report count once.
    function passesReports(sourceIds, originIds) {
      var ids = sourceIds instanceof Set ? sourceIds : new Set(sourceIds);
      return (!state.report || ids.has(state.report)) && originIds.size >= state.agree;
    }

    function nodeShown(gid) {
      var node = state.model.nodeById.get(gid);
      return node && !state.hiddenLabels.has(node.label) && (!state.exploreSet || state.exploreSet.has(gid)) &&
        (!state.topSet || state.topSet.has(gid));
    }

    /** The `top` entities with the most claims (reports are never among them), or null for all. */
    function topSet() {
      if (!state.top) return null;
      var ranked = Array.from(state.model.nodeById.values()).filter(function (n) { return !n.isSource; })
        .sort(function (a, b) { return b.claims - a.claims || ns.model.compare(a.gid, b.gid); });
      return new Set(ranked.slice(0, state.top).map(function (n) { return n.gid; }));
    }

    /** The explored entities and their neighbours over relationships of shown types, or null when not exploring. */
    function exploreSet() {
      if (!state.explore.size) return null;
      var shown = new Set();
      state.explore.forEach(function (gid) {
        var node = cy.getElementById('n:' + gid);
        if (node.empty()) return;
        shown.add(gid);
        node.connectedEdges().filter(function (e) { return !state.hiddenTypes.has(e.data('type')); })
          .connectedNodes().forEach(function (n) { shown.add(n.data('gid')); });
      });
      return shown;
    }

    /** Recomputes the entity sets after the state changed. */
    function refresh() {
      state.topSet = topSet();
      state.exploreSet = exploreSet();
    }

    /** Whether one claim passes every shared filter (optionally ignoring the date range, for the timeline brush). */
    function claimShown(c, ignoreDates) {
      return !state.hiddenTypes.has(c.type) && nodeShown(c.from) && nodeShown(c.to) && passesReports(c.sourceIds, c.originIds) &&
        (ignoreDates || ns.model.inDateRange(c, state.from, state.to, state.hideUndated));
    }

    /** Claims passing every shared filter (optionally ignoring the date range, for the timeline brush). */
    function visibleClaims(options) {
      if (!state.model) return [];
      var ignoreDates = options && options.ignoreDates;
      return state.model.claims.filter(function (c) { return claimShown(c, ignoreDates); });
    }

    return { passesReports: passesReports, nodeShown: nodeShown, topSet: topSet, refresh: refresh, claimShown: claimShown, visibleClaims: visibleClaims };
  }

  ns.filters = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
