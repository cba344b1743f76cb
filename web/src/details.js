// The details panel: a node with its focus-type neighbourhood, or a relationship with every
// source. Built with text nodes only (see dom.js).
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var text = ns.dom.text;

  function propertyList(props, skip) {
    var rows = [];
    Object.keys(props || {}).forEach(function (key) {
      if (skip.indexOf(key) >= 0) return;
      var value = text(props[key]);
      if (value === '') return;
      rows.push(el('dt', null, [key]));
      rows.push(el('dd', { className: 'prop-' + key.replace(/[^A-Za-z0-9_-]/g, '_') }, [value]));
    });
    return el('dl', null, rows);
  }

  function dateText(data) {
    var props = data.props || {};
    if (props.date) return text(props.date);
    if (data.dateStart || data.dateEnd) return (data.dateStart || '…') + ' – ' + (data.dateEnd || '…');
    return '';
  }

  function link(label, onClick) {
    var button = el('button', { type: 'button', className: 'link' }, [label]);
    button.addEventListener('click', onClick);
    return button;
  }

  function hint(panel, message) {
    panel.replaceChildren(
      el('h2', null, ['Details']),
      el('p', { className: 'hint' }, [message]));
  }

  function edgeList(title, edges, otherEnd, onPickEdge) {
    var items = edges.map(function (edge) {
      var data = edge.data();
      var when = dateText(data);
      var about = text((data.props || {}).about);
      return el('li', null, [
        link(otherEnd(edge).data('name'), function () { onPickEdge(edge); }),
        when ? ' (' + when + ')' : '',
        about ? ': ' + about : ''
      ]);
    });
    return [
      el('h2', null, [title + ' (' + edges.length + ')']),
      items.length ? el('ul', null, items) : el('p', { className: 'hint' }, ['none shown'])
    ];
  }

  /** Shows a node and the relationships of the focus type (or all) that touch it. */
  function showNode(panel, node, focusName, edges, onPickEdge) {
    var out = edges.filter(function (e) { return e.source().same(node); });
    var incoming = edges.filter(function (e) { return e.target().same(node) && !e.source().same(node); });
    var data = node.data();
    panel.replaceChildren.apply(panel, [
      el('h2', null, [data.label]),
      el('h3', { className: 'name' }, [data.name]),
      propertyList(Object.assign({ id: data.gid }, data.props), ['name'])
    ].concat(
      edgeList(focusName + ' →', out.toArray(), function (e) { return e.target(); }, onPickEdge),
      edgeList('← ' + focusName, incoming.toArray(), function (e) { return e.source(); }, onPickEdge)));
  }

  function sourceBlock(source) {
    var s = source || {};
    return el('div', { className: 'source' }, [
      el('div', null, [
        el('span', { className: 'publisher' }, [text(s.publisher)]),
        s.published ? ', ' + text(s.published) : ''
      ]),
      el('div', { className: 'title' }, [text(s.title)]),
      el('div', { className: 'hint' }, [text(s.source)]),
      el('blockquote', { className: 'quote' }, [text(s.quote)])
    ]);
  }

  /** Shows a relationship: type, endpoints, date, every property, and every source with its quote. */
  function showEdge(panel, edge, onPickNode) {
    var data = edge.data();
    var props = data.props || {};
    var sources = Array.isArray(props.sources) ? props.sources : [];
    panel.replaceChildren.apply(panel, [
      el('h2', { className: 'type' }, [data.type]),
      el('h3', null, [
        link(edge.source().data('name'), function () { onPickNode(edge.source()); }),
        ' → ',
        link(edge.target().data('name'), function () { onPickNode(edge.target()); })
      ]),
      propertyList(Object.assign({ when: dateText(data) }, props, { id: data.gid }),
        ['sources', 'date', 'date_start', 'date_end']),
      el('h2', null, ['Sources (' + sources.length + ')'])
    ].concat(sources.map(sourceBlock)));
  }

  ns.details = { hint: hint, showNode: showNode, showEdge: showEdge };
})(window.GraphBuilderView = window.GraphBuilderView || {});
