// Exports the current view (what is on screen, as filtered and highlighted) as PNG (cytoscape's
// renderer) or SVG (drawn here from the visible elements' on-screen positions).
(function (ns) {
  'use strict';

  var svg = ns.shapes.svg;

  function download(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function png(cy) {
    download(cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 }), 'graph.png');
  }

  function opacity(ele) { return ele.hasClass('faded') ? 0.15 : ele.hasClass('muted') ? 0.35 : 1; }

  /** The visible part of the graph as an SVG document, the size of the canvas. */
  function toSvg(cy) {
    var width = cy.width(), height = cy.height();
    var zoom = cy.zoom();
    var root = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
      'font-family': 'system-ui, sans-serif' });
    root.appendChild(svg('rect', { width: width, height: height, fill: '#ffffff' }));
    cy.edges().filter(function (e) { return e.visible(); }).forEach(function (edge) {
      var a = edge.source().renderedPosition(), b = edge.target().renderedPosition();
      var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
      var r = edge.target().renderedWidth() / 2 + 2;
      var tip = { x: b.x - dx / length * r, y: b.y - dy / length * r };
      var g = svg('g', { opacity: opacity(edge), 'data-id': edge.data('gid') }, [
        svg('line', { x1: a.x, y1: a.y, x2: tip.x, y2: tip.y, stroke: edge.data('colour'),
          'stroke-width': Math.max(parseFloat(edge.style('width')) * zoom, 0.5), 'stroke-dasharray': ns.shapes.dash(edge.data('line')) }),
        ns.shapes.arrowHead(edge.data('arrow'), tip.x, tip.y, dx, dy, edge.data('colour')),
        svg('title', null, [edge.data('hoverLabel')])
      ]);
      root.appendChild(g);
    });
    cy.nodes().filter(function (n) { return n.visible(); }).forEach(function (node) {
      var p = node.renderedPosition(), r = node.renderedWidth() / 2;
      var size = parseFloat(node.style('font-size')) * zoom;
      root.appendChild(svg('g', { opacity: opacity(node), 'data-id': node.data('gid') }, [
        ns.shapes.nodeShape(node.data('shape'), p.x, p.y, r, node.data('colour')),
        svg('text', { x: p.x, y: p.y + r + size + 2, 'font-size': size.toFixed(1), 'text-anchor': 'middle', fill: '#1d2327' }, [node.data('name')])
      ]));
    });
    return root;
  }

  function svgFile(cy) {
    var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(toSvg(cy));
    download(new Blob([text], { type: 'image/svg+xml' }), 'graph.svg');
  }

  ns.exporter = { png: png, svg: svgFile, toSvg: toSvg };
})(window.GraphBuilderView = window.GraphBuilderView || {});
