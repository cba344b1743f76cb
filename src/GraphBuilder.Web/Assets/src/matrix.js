// The matrix: who claims against whom. Rows are the entities making claims of the chosen type,
// columns the entities they are about; a cell counts claims (statements once) and opens them
// with their quotes. Large graphs show the busiest rows and columns and say so.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var LIMIT = 40;

  function create(root, ctx) {
    var state = ctx.state;
    var typeSelect = el('select', { id: 'matrix-type', 'aria-label': 'Claim type' });
    var note = el('span', { id: 'matrix-note', className: 'hint' });
    var holder = el('div', { className: 'table-scroll' });
    root.replaceChildren(el('div', { className: 'toolbar' }, [el('label', null, ['Claims of type ', typeSelect]), note]), holder);
    typeSelect.addEventListener('change', function () { state.matrixType = typeSelect.value; render(); ctx.changed(); });

    /** The type shown when none is chosen: the adversarial type with the most claims, else any claim type. */
    function defaultType(model) {
      var best = '', bestCount = -1;
      model.claimTypes.forEach(function (t) {
        var count = model.typeCounts.get(t) + (model.typeStyle.get(t).category === 'adversarial' ? 1e9 : 0);
        if (count > bestCount) { best = t; bestCount = count; }
      });
      return best;
    }

    function ranked(counts) {
      return Array.from(counts.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || ns.model.compare(a, b); });
    }

    function render() {
      var model = ctx.model();
      if (!model || root.hidden) return;
      var type = state.matrixType === '*' || model.claimTypes.indexOf(state.matrixType) >= 0 ? state.matrixType : defaultType(model);
      typeSelect.replaceChildren.apply(typeSelect, [el('option', { value: '*' }, ['every claim type'])]
        .concat(model.claimTypes.map(function (t) { return el('option', { value: t }, [t]); })));
      typeSelect.value = type || '*';
      var claims = ctx.visibleClaims().filter(function (c) { return type === '*' || c.type === type; });
      var cells = new Map();
      var rowCounts = new Map(), colCounts = new Map();
      claims.forEach(function (c) {
        var key = c.from + '\n' + c.to;
        if (!cells.has(key)) cells.set(key, []);
        cells.get(key).push(c);
        rowCounts.set(c.from, (rowCounts.get(c.from) || 0) + 1);
        colCounts.set(c.to, (colCounts.get(c.to) || 0) + 1);
      });
      var rows = ranked(rowCounts), cols = ranked(colCounts);
      note.textContent = (rows.length > LIMIT || cols.length > LIMIT ? 'the ' + LIMIT + ' busiest of ' + rows.length + ' × ' + cols.length + ' entities; ' : '') +
        ns.dom.plural(claims.length, 'claim', 'claims');
      rows = rows.slice(0, LIMIT);
      cols = cols.slice(0, LIMIT);
      var name = function (id) { return model.nodeById.get(id).name; };
      var label = type === '*' ? 'claims' : type;
      var head = el('tr', null, [el('th', { scope: 'col', className: 'corner' }, ['from ↓ · to →'])]
        .concat(cols.map(function (c) { return el('th', { scope: 'col' }, [el('span', null, [name(c)])]); })));
      var body = rows.map(function (r) {
        return el('tr', null, [el('th', { scope: 'row' }, [name(r)])].concat(cols.map(function (c) {
          var list = cells.get(r + '\n' + c);
          if (!list) return el('td');
          var title = name(r) + ' → ' + name(c) + ': ' + label;
          var button = el('button', { type: 'button', className: 'cell', 'aria-label': title + ' (' + list.length + ')' }, [String(list.length)]);
          button.dataset.from = r;
          button.dataset.to = c;
          button.addEventListener('click', function () { ctx.showClaims(title, list); });
          return el('td', null, [button]);
        })));
      });
      holder.replaceChildren(el('table', { id: 'matrix', className: 'matrix' }, [el('thead', null, [head]), el('tbody', null, body)]));
    }

    return { render: render };
  }

  ns.matrixView = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
