// Turns the exported graph JSON into cytoscape elements. Generic over the vocabulary: node
// labels and relationship types are read from the data and given palette entries in sorted
// order, so the same type always gets the same colour for the same set of types.
(function (ns) {
  'use strict';

  var EDGE_PALETTE = ['#d62728', '#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b',
    '#e377c2', '#17becf', '#bcbd22', '#7f7f7f', '#393b79', '#637939'];
  var NODE_PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948',
    '#ff9da7', '#9c755f', '#bab0ac', '#e15759'];
  var NODE_SHAPES = ['round-rectangle', 'ellipse', 'diamond', 'hexagon', 'barrel', 'octagon',
    'rhomboid', 'tag', 'triangle', 'star'];

  var text = ns.dom.text;

  function pick(list, index) { return list[index % list.length]; }

  function countBy(items, key) {
    var counts = new Map();
    items.forEach(function (item) { var k = key(item); counts.set(k, (counts.get(k) || 0) + 1); });
    return counts;
  }

  function sortedKeys(map) {
    return Array.from(map.keys()).sort(function (a, b) { return a < b ? -1 : a > b ? 1 : 0; });
  }

  function labelOf(node) {
    return Array.isArray(node.labels) && node.labels.length > 0 ? text(node.labels[0]) : '(no label)';
  }

  /** Builds the view model: legend entries, colours and cytoscape elements. */
  function build(graph) {
    var nodes = graph && Array.isArray(graph.nodes) ? graph.nodes : [];
    var rels = graph && Array.isArray(graph.relationships) ? graph.relationships : [];

    var labelCounts = countBy(nodes, labelOf);
    var typeCounts = countBy(rels, function (r) { return text(r.type); });
    var labels = sortedKeys(labelCounts);
    var types = sortedKeys(typeCounts);
    var labelStyle = new Map(labels.map(function (l, i) {
      return [l, { colour: pick(NODE_PALETTE, i), shape: pick(NODE_SHAPES, i) }];
    }));
    var typeColour = new Map(types.map(function (t, i) { return [t, pick(EDGE_PALETTE, i)]; }));

    var elements = [];
    var nodeIds = new Set();
    nodes.forEach(function (n) {
      var id = text(n.id);
      var props = n.properties || {};
      var label = labelOf(n);
      var name = text(props.name || props.title || id);
      var aliases = Array.isArray(props.aliases) ? props.aliases.map(text) : [];
      nodeIds.add(id);
      elements.push({
        group: 'nodes',
        data: {
          id: 'n:' + id, gid: id, name: name, label: label, props: props,
          colour: labelStyle.get(label).colour, shape: labelStyle.get(label).shape,
          search: [name, id].concat(aliases).join('\n').toLowerCase()
        }
      });
    });

    var skipped = 0;
    rels.forEach(function (r) {
      var start = text(r.start);
      var end = text(r.end);
      if (!nodeIds.has(start) || !nodeIds.has(end)) { skipped++; return; }
      var props = r.properties || {};
      var type = text(r.type);
      elements.push({
        group: 'edges',
        data: {
          id: 'r:' + text(r.id), gid: text(r.id), source: 'n:' + start, target: 'n:' + end,
          type: type, colour: typeColour.get(type), props: props,
          dateStart: text(props.date_start), dateEnd: text(props.date_end)
        }
      });
    });

    return {
      labels: labels, types: types, labelCounts: labelCounts, typeCounts: typeCounts,
      labelStyle: labelStyle, typeColour: typeColour, elements: elements, skipped: skipped
    };
  }

  /**
   * Whether a relationship's dates overlap the chosen range. Dates are ISO (YYYY-MM-DD), so
   * string order is date order; a missing date_start/date_end is an open end.
   */
  function inDateRange(data, from, to, hideUndated) {
    if (!data.dateStart && !data.dateEnd) return !hideUndated;
    if (from && data.dateEnd && data.dateEnd < from) return false;
    if (to && data.dateStart && data.dateStart > to) return false;
    return true;
  }

  ns.model = { build: build, inDateRange: inDateRange };
})(window.GraphBuilderView = window.GraphBuilderView || {});
