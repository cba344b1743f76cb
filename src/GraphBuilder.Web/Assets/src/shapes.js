// Small SVG pictures of node shapes and edge styles, shared by the legend and the SVG export,
// so what the legend shows is what the graph draws. Built with DOM calls, never markup.
(function (ns) {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var SIDES = { triangle: 3, diamond: 4, rhomboid: 4, tag: 5, hexagon: 6, octagon: 8, star: 10 };
  var DASH = { solid: '', dashed: '6 4', dotted: '2 3' };

  function svg(tag, attrs, children) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function polygon(sides, cx, cy, r, star) {
    var points = [];
    for (var i = 0; i < sides; i++) {
      var angle = -Math.PI / 2 + (2 * Math.PI * i) / sides;
      var radius = star && i % 2 === 1 ? r * 0.45 : r;
      points.push((cx + radius * Math.cos(angle)).toFixed(1) + ',' + (cy + radius * Math.sin(angle)).toFixed(1));
    }
    return points.join(' ');
  }

  /** An SVG element drawing a cytoscape node shape of radius r centred on (cx, cy). */
  function nodeShape(shape, cx, cy, r, fill) {
    if (shape === 'ellipse') return svg('circle', { cx: cx, cy: cy, r: r, fill: fill, stroke: '#ffffff' });
    if (shape === 'round-rectangle' || shape === 'barrel') {
      return svg('rect', { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, rx: r / 3, fill: fill, stroke: '#ffffff' });
    }
    var sides = SIDES[shape] || 4;
    return svg('polygon', { points: polygon(sides, cx, cy, r, shape === 'star'), fill: fill, stroke: '#ffffff' });
  }

  /** An arrowhead of the given cytoscape shape pointing along (dx, dy) with its tip at (x, y). */
  function arrowHead(shape, x, y, dx, dy, colour) {
    var length = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / length, uy = dy / length, size = 7;
    var bx = x - ux * size, by = y - uy * size;
    if (shape === 'circle') return svg('circle', { cx: bx, cy: by, r: size / 2, fill: colour });
    if (shape === 'tee') {
      return svg('line', { x1: x - uy * size, y1: y + ux * size, x2: x + uy * size, y2: y - ux * size, stroke: colour, 'stroke-width': 2.5 });
    }
    if (shape === 'square' || shape === 'diamond') {
      var half = size / 2;
      // (along, across) offsets from the tip, turned to the edge's direction.
      var corners = shape === 'square'
        ? [[-size, -half], [0, -half], [0, half], [-size, half]]
        : [[0, 0], [-half, -half], [-size, 0], [-half, half]];
      return svg('polygon', {
        points: corners.map(function (c) { return (x + ux * c[0] - uy * c[1]).toFixed(1) + ',' + (y + uy * c[0] + ux * c[1]).toFixed(1); }).join(' '),
        fill: colour
      });
    }
    var open = shape === 'vee' || shape === 'chevron';
    return svg(open ? 'polyline' : 'polygon', {
      points: [[bx - uy * size / 2, by + ux * size / 2], [x, y], [bx + uy * size / 2, by - ux * size / 2]]
        .map(function (p) { return p[0].toFixed(1) + ',' + p[1].toFixed(1); }).join(' '),
      fill: open ? 'none' : colour, stroke: colour, 'stroke-width': open ? 2 : 1
    });
  }

  function dash(line) { return DASH[line] || ''; }

  /** A legend swatch: a node shape, or an edge's line style and arrowhead. */
  function nodeSwatch(shape, colour) {
    return svg('svg', { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': 'true', class: 'swatch' }, [nodeShape(shape, 8, 8, 7, colour)]);
  }

  function edgeSwatch(style) {
    return svg('svg', { width: 34, height: 14, viewBox: '0 0 34 14', 'aria-hidden': 'true', class: 'swatch edge' }, [
      svg('line', { x1: 1, y1: 7, x2: 28, y2: 7, stroke: style.colour, 'stroke-width': 2.5, 'stroke-dasharray': dash(style.line) }),
      arrowHead(style.arrow, 33, 7, 1, 0, style.colour)
    ]);
  }

  ns.shapes = { svg: svg, nodeShape: nodeShape, arrowHead: arrowHead, dash: dash, nodeSwatch: nodeSwatch, edgeSwatch: edgeSwatch };
})(window.GraphBuilderView = window.GraphBuilderView || {});
