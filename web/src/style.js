// Cytoscape stylesheet. Colours and shapes come from element data (see model.js), so no
// selector ever names a label or relationship type.
(function (ns) {
  'use strict';

  ns.style = [
    {
      selector: 'node',
      style: {
        'background-color': 'data(colour)', shape: 'data(shape)', width: 22, height: 22,
        'border-width': 1, 'border-color': '#ffffff',
        label: 'data(name)', color: '#1d2327', 'font-size': 10, 'min-zoomed-font-size': 6,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '130px',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.7, 'text-background-padding': '1px'
      }
    },
    {
      selector: 'edge',
      style: {
        width: 2, opacity: 0.85, 'curve-style': 'bezier',
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle'
      }
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0.3 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111111' } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#ffbf00' } },
    {
      selector: 'edge.highlighted',
      style: {
        width: 4, opacity: 1, label: 'data(type)', 'font-size': 9, 'text-rotation': 'autorotate',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85
      }
    },
    {
      selector: 'edge.picked',
      style: {
        width: 5, opacity: 1, label: 'data(type)', 'font-size': 9, 'text-rotation': 'autorotate',
        'underlay-color': '#ffbf00', 'underlay-opacity': 0.5, 'underlay-padding': 3
      }
    }
  ];
})(window.GraphBuilderView = window.GraphBuilderView || {});
