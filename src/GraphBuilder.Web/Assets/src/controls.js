// The side panel's controls built from the model: the legend (type and label filters with the
// shapes, line styles and arrowheads the graph draws), the report filter and list, the focus
// choice, and the entity list and names for search and paths.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var $ = function (id) { return document.getElementById(id); };
  var CLAIMS = '*claims';
  var ENTITY_LIST_LIMIT = 200;

  function checkboxRow(name, count, swatch, hidden, onToggle, title) {
    var box = el('input', { type: 'checkbox', checked: !hidden.has(name), value: name });
    box.addEventListener('change', function () {
      if (box.checked) hidden.delete(name); else hidden.add(name);
      onToggle();
    });
    return el('label', { title: title || '' }, [box, swatch, el('span', { className: 'name' }, [name]),
      el('span', { className: 'count' }, [String(count)])]);
  }

  function fill(select, options, value) {
    select.replaceChildren.apply(select, options.map(function (o) { return el('option', { value: o[0] }, [o[1]]); }));
    select.value = options.some(function (o) { return o[0] === value; }) ? value : options[0][0];
  }

  /** Rebuilds every control from the model and state; `onChange` re-applies the filters. */
  function build(model, state, onChange, actions) {
    // Claim types count claims (statements), as the table and matrix do; structural types count links.
    $('type-filters').replaceChildren.apply($('type-filters'), model.types.map(function (t) {
      var style = model.typeStyle.get(t);
      var count = style.category === 'structural' ? model.typeCounts.get(t) : model.claimCounts.get(t) || 0;
      return checkboxRow(t, count, ns.shapes.edgeSwatch(style), state.hiddenTypes, onChange,
        style.category + (style.description ? ': ' + style.description : ''));
    }).concat([el('p', { className: 'hint' }, ['Numbers: claims of each type; for structural types, links.'])]));
    $('label-filters').replaceChildren.apply($('label-filters'), model.labels.map(function (l) {
      var style = model.labelStyle.get(l);
      return checkboxRow(l, model.labelCounts.get(l), ns.shapes.nodeSwatch(style.shape, style.colour), state.hiddenLabels, onChange);
    }));
    fill($('focus-type'), [[CLAIMS, 'claims (not structural links)'], ['', 'relationships of every type']]
      .concat(model.types.map(function (t) { return [t, t + ' relationships']; })), state.focus);
    fill($('report'), [['', 'every report']].concat(model.sources.map(function (s) {
      return [s.gid, s.name + (s.props.publisher ? ' (' + s.props.publisher + ')' : '')];
    })), state.report);
    $('report-list').replaceChildren(el('ul', { className: 'entity-list' }, model.sources.map(function (s) {
      return el('li', null, [ns.details.link(s.name, function () { actions.pickNode(s.gid); })]);
    })));
    $('entity-names').replaceChildren.apply($('entity-names'), Array.from(model.nodeById.values())
      .filter(function (n) { return !n.isSource; })
      .map(function (n) { return el('option', { value: n.name }); }));
  }

  /** The entity list: shown entities by number of claims, narrowed by the search box. */
  function entityList(cy, query, onPick) {
    // Reports are listed when the search names them (their title or publisher), though the graph hides them.
    var nodes = cy.nodes().filter(function (n) {
      var match = !query || n.data('search').indexOf(query) >= 0;
      return n.data('isSource') ? !!query && match : !n.hasClass('hidden') && match;
    }).sort(function (a, b) { return b.data('claims') - a.data('claims') || ns.model.compare(a.data('name'), b.data('name')); });
    var items = nodes.toArray().slice(0, ENTITY_LIST_LIMIT).map(function (n) {
      var button = ns.details.link((n.data('isSource') ? 'Report: ' : '') + n.data('name') +
        (n.data('isSource') && n.data('props').publisher ? ' (' + ns.dom.text(n.data('props').publisher) + ')' : ''), function () { onPick(n); });
      button.dataset.id = n.id();
      return el('li', null, [button, el('span', { className: 'count' }, [String(n.data('claims'))])]);
    });
    if (nodes.length > ENTITY_LIST_LIMIT) items.push(el('li', { className: 'hint' }, ['… ' + (nodes.length - ENTITY_LIST_LIMIT) + ' more: search to narrow']));
    $('entity-list').replaceChildren.apply($('entity-list'), items);
  }

  ns.controls = { build: build, entityList: entityList, CLAIMS: CLAIMS };
})(window.GraphBuilderView = window.GraphBuilderView || {});
