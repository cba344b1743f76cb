// Cytoscape stylesheet. Colours, shapes, arrowheads and line styles come from element data (see
// model.js), so no selector ever names a label or relationship type. Categories from the
// vocabulary weigh edges: adversarial claims bold, other claims dashed, structural links muted.
(function (ns) {
  'use strict';

  ns.style = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', shape: 'data(shape)',
        width: 'mapData(claims, 0, 12, 22, 56)', height: 'mapData(claims, 0, 12, 22, 56)',
        'border-width': 1, 'border-color': '#ffffff',
        label: 'data(name)', color: '#1d2327', 'font-size': 12, 'min-zoomed-font-size': 6,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'wrap', 'text-max-width': '160px',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': '1px'
      }
    },
    {
      selector: 'edge',
      style: {
        width: 2, opacity: 0.9, 'curve-style': 'bezier', 'line-style': 'data(line)',
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'data(arrow)',
        'arrow-scale': 1.2,
        // Every type's direction shows mid-edge too: some types' own arrowheads (tee, circle) do not point.
        'mid-target-arrow-shape': 'triangle', 'mid-target-arrow-color': 'data(colour)'
      }
    },
    {
      selector: 'edge[?disputed]',
      style: {
        label: 'disputed', 'font-size': 10, color: '#7a2e00', 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '1px'
      }
    },
    { selector: 'edge[category = "adversarial"]', style: { width: 3.5 } },
    { selector: 'edge[category = "structural"]', style: { width: 1.5 } },
    { selector: 'edge.muted', style: { width: 1, opacity: 0.35, 'arrow-scale': 0.7 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    // Lower-priority labels that would overlap others are hidden (layout.js), shown again on hover or selection.
    { selector: 'node.label-hidden', style: { 'text-opacity': 0 } },
    { selector: 'node.label-hidden.hover, node.label-hidden.focus, node.label-hidden.match', style: { 'text-opacity': 1, 'z-index': 10 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111111' } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#ffbf00' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#7a00cc' } },
    {
      selector: 'edge.highlighted',
      style: {
        width: 4, opacity: 1, label: 'data(type)', 'font-size': 11, 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px'
      }
    },
    {
      selector: 'edge.path, edge.hover',
      style: {
        width: 4, opacity: 1, label: 'data(hoverLabel)', 'font-size': 11, 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'text-background-padding': '2px'
      }
    },
    { selector: 'edge.path', style: { 'underlay-color': '#7a00cc', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
    {
      selector: 'edge.picked',
      style: {
        width: 5, opacity: 1, label: 'data(hoverLabel)', 'font-size': 11, 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.9,
        'underlay-color': '#ffbf00', 'underlay-opacity': 0.6, 'underlay-padding': 4
      }
    }
  ];
})(window.GraphBuilderView = window.GraphBuilderView || {});
