// Exports the current view (what is on screen, as filtered and highlighted) as PNG (cytoscape's
// renderer) or SVG (drawn here from the visible elements' on-screen positions), each with a
// footer that lets the picture stand alone: the legend of the types shown, the filters and the
// reports the shown relationships cite.
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

  var LINE = 16;

  /** The footer's lines ({text, legend}): counts and filters, one per type shown (with its legend entry), then the reports. */
  function footerLines(notes) {
    var line = function (text, legend) { return { text: text, legend: legend }; };
    return [line(notes.counts + ' · ' + notes.filters), line('Legend:')]
      .concat(notes.legend.map(function (l) { return line('  ' + l.type + ' (' + l.style.category + ', ' + l.style.line + ' line, ' + l.style.arrow + ' arrowhead)', l); }))
      .concat([line('Reports cited:')], notes.sources.map(function (s) { return line('  ' + s); }));
  }

  function png(cy, notes) {
    var scale = 2;
    var image = new Image();
    image.onload = function () {
      var lines = footerLines(notes);
      var canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height + (lines.length + 1) * LINE * scale;
      var g = canvas.getContext('2d');
      g.fillStyle = '#ffffff';
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.drawImage(image, 0, 0);
      g.fillStyle = '#1d2327';
      g.font = (12 * scale) + 'px system-ui, sans-serif';
      lines.forEach(function (line, i) { g.fillText(line.text, 8 * scale, image.height + (i + 1) * LINE * scale); });
      canvas.toBlob(function (blob) { download(blob, 'graph.png'); }, 'image/png');
    };
    image.src = cy.png({ output: 'base64uri', bg: '#ffffff', full: false, scale: scale });
  }

  function opacity(ele) { return ele.hasClass('faded') ? 0.15 : ele.hasClass('muted') ? 0.35 : 1; }

  /**
   * The visible part of the graph as an SVG document: the canvas, then the footer. Edges between
   * the same two nodes bow apart (as cytoscape draws them) instead of lying on one line.
   */
  function toSvg(cy, notes) {
    var width = cy.width(), graphHeight = cy.height();
    var lines = notes ? footerLines(notes) : [];
    var height = graphHeight + (lines.length ? (lines.length + 1) * LINE : 0);
    var zoom = cy.zoom();
    var root = svg('svg', { xmlns: 'http://www.w3.org/2000/svg', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
      'font-family': 'system-ui, sans-serif' });
    root.appendChild(svg('rect', { width: width, height: height, fill: '#ffffff' }));
    var visible = cy.edges().filter(function (e) { return e.visible(); });
    var bundles = new Map();
    visible.forEach(function (edge) {
      var ends = [edge.source().id(), edge.target().id()].sort().join('\n');
      if (!bundles.has(ends)) bundles.set(ends, []);
      bundles.get(ends).push(edge.id());
    });
    visible.forEach(function (edge) {
      var a = edge.source().renderedPosition(), b = edge.target().renderedPosition();
      var dx = b.x - a.x, dy = b.y - a.y, length = Math.sqrt(dx * dx + dy * dy) || 1;
      var bundle = bundles.get([edge.source().id(), edge.target().id()].sort().join('\n'));
      // Offsets measured across the line from the lower id to the higher, so opposite edges bow apart too.
      var flip = edge.source().id() < edge.target().id() ? 1 : -1;
      var bow = (bundle.indexOf(edge.id()) - (bundle.length - 1) / 2) * 24 * flip;
      var control = { x: (a.x + b.x) / 2 - dy / length * bow, y: (a.y + b.y) / 2 + dx / length * bow };
      var tx = b.x - control.x, ty = b.y - control.y, tl = Math.sqrt(tx * tx + ty * ty) || 1;
      var r = edge.target().renderedWidth() / 2 + 2;
      var tip = { x: b.x - tx / tl * r, y: b.y - ty / tl * r };
      var g = svg('g', { opacity: opacity(edge), 'data-id': edge.data('gid') }, [
        svg('path', { d: 'M' + a.x + ',' + a.y + ' Q' + control.x + ',' + control.y + ' ' + tip.x + ',' + tip.y, fill: 'none', stroke: edge.data('colour'),
          'stroke-width': Math.max(parseFloat(edge.style('width')) * zoom, 0.5), 'stroke-dasharray': ns.shapes.dash(edge.data('line')) }),
        ns.shapes.arrowHead(edge.data('arrow'), tip.x, tip.y, tx, ty, edge.data('colour')),
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
    var footer = svg('g', { class: 'footer', 'font-size': 12, fill: '#1d2327' });
    lines.forEach(function (line, i) {
      var legend = line.legend;
      var y = graphHeight + (i + 1) * LINE;
      if (legend) {
        footer.appendChild(svg('line', { x1: 12, y1: y - 4, x2: 40, y2: y - 4, stroke: legend.style.colour, 'stroke-width': 2.5, 'stroke-dasharray': ns.shapes.dash(legend.style.line) }));
        footer.appendChild(ns.shapes.arrowHead(legend.style.arrow, 46, y - 4, 1, 0, legend.style.colour));
        footer.appendChild(svg('text', { x: 52, y: y }, [legend.type + ' (' + legend.style.category + ')']));
      } else {
        footer.appendChild(svg('text', { x: 8, y: y }, [line.text]));
      }
    });
    root.appendChild(footer);
    return root;
  }

  function svgFile(cy, notes) {
    var text = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(toSvg(cy, notes));
    download(new Blob([text], { type: 'image/svg+xml' }), 'graph.svg');
  }

  ns.exporter = { png: png, svg: svgFile, toSvg: toSvg };
})(window.GraphBuilderView = window.GraphBuilderView || {});
