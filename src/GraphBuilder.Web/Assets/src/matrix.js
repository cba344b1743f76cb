// The matrix: who claims against whom. Rows are the entities making claims of the chosen type,
// columns the entities they are about; a cell counts claims (statements once) and opens them
// with their quotes; a row or column header opens every claim by or about that entity. With
// roll-up on, officials and bodies are counted under the state or organisation they speak for.
// Large graphs show the busiest rows and columns and say so.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var LIMIT = 40;

  function create(root, ctx) {
    var state = ctx.state;
    var typeSelect = el('select', { id: 'matrix-type', 'aria-label': 'Claim type' });
    var note = el('span', { id: 'matrix-note', className: 'hint' });
    var rollup = el('input', { id: 'matrix-rollup', type: 'checkbox' });
    var holder = el('div', { className: 'table-scroll' });
    root.replaceChildren(el('div', { className: 'toolbar' }, [el('label', null, ['Claims of type ', typeSelect]),
      el('label', null, [rollup, ' group speakers under who they speak for']), note]), holder);
    typeSelect.addEventListener('change', function () { state.matrixType = typeSelect.value; render(); ctx.changed(); });
    rollup.addEventListener('change', function () { ctx.setRollup(rollup.checked); });

    function header(scope, label, title, list) {
      var button = el('button', { type: 'button', className: 'head' }, [el('span', null, [label])]);
      button.title = title;
      button.addEventListener('click', function () { ctx.showClaims(title, list); });
      return el('th', { scope: scope }, [button]);
    }

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
      rollup.checked = !!state.rollup;
      var claims = ctx.visibleClaims().filter(function (c) { return type === '*' || c.type === type; });
      var cells = new Map();
      var byRow = new Map(), byCol = new Map();
      var side = function (gid) { return ns.evidence.sideOf(model, gid, state.rollup); };
      var add = function (map, key, claim) { if (!map.has(key)) map.set(key, []); map.get(key).push(claim); };
      claims.forEach(function (c) {
        add(cells, side(c.from) + '\n' + side(c.to), c);
        add(byRow, side(c.from), c);
        add(byCol, side(c.to), c);
      });
      var rowCounts = new Map(Array.from(byRow, function (e) { return [e[0], e[1].length]; }));
      var colCounts = new Map(Array.from(byCol, function (e) { return [e[0], e[1].length]; }));
      var rows = ranked(rowCounts), cols = ranked(colCounts);
      note.textContent = (rows.length > LIMIT || cols.length > LIMIT ? 'the ' + LIMIT + ' busiest of ' + rows.length + ' × ' + cols.length + ' entities; ' : '') +
        ns.dom.plural(claims.length, 'claim', 'claims');
      rows = rows.slice(0, LIMIT);
      cols = cols.slice(0, LIMIT);
      var spokenFor = new Set(model.principals.values());
      // "+": the row or column gathers others' claims too.
      var name = function (id) { return model.nodeById.get(id).name + (state.rollup && spokenFor.has(id) ? ' +' : ''); };
      var label = type === '*' ? 'claims' : type;
      var by = state.rollup ? ' and those who speak for it' : '';
      var head = el('tr', null, [el('th', { scope: 'col', className: 'corner' }, ['from ↓ · to →'])]
        .concat(cols.map(function (c) { return header('col', name(c), label + ' against ' + model.nodeById.get(c).name + by, byCol.get(c)); })));
      var body = rows.map(function (r) {
        return el('tr', null, [header('row', name(r), label + ' by ' + model.nodeById.get(r).name + by, byRow.get(r))].concat(cols.map(function (c) {
          var list = cells.get(r + '\n' + c);
          if (!list) return el('td');
          var title = model.nodeById.get(r).name + ' → ' + model.nodeById.get(c).name + ': ' + label;
          var disputed = list.some(function (x) { return x.disputes.length; });
          // The count is the visible name; the rest is read out with it (no aria-label that would hide it).
          var button = el('button', { type: 'button', className: 'cell' + (disputed ? ' disputed' : '') }, [
            String(list.length), disputed ? el('span', { 'aria-hidden': 'true' }, ['!']) : null,
            el('span', { className: 'sr-only' }, [' ' + title + (disputed ? ', disputed' : '')])]);
          button.dataset.from = r;
          button.dataset.to = c;
          button.addEventListener('click', function () { ctx.showClaims(title, list); });
          return el('td', null, [button]);
        })));
      });
      holder.replaceChildren(claims.length
        ? el('table', { id: 'matrix', className: 'matrix' }, [el('thead', null, [head]), el('tbody', null, body)])
        : el('p', { className: 'nothing' }, ['Nothing matches the filters. ', ctx.clearButton()]));
    }

    return { render: render };
  }

  ns.matrixView = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
