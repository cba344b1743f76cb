// The claims table: every claim (non-structural relationship, one row per statement) with date,
// type, ends, about and number of sources; quotes on expand. Sortable by any column, filtered by
// type and entity here and by the page's shared filters (dates, reports, agreement). Selecting
// a row selects the claim in the graph; selecting an edge marks its row.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var text = ns.dom.text;
  var PAGE = 300; // rows drawn at once; "show more" draws the next page

  var COLUMNS = [
    { key: 'when', title: 'Date', value: function (c) { return c.dateStart || '~'; } },
    { key: 'type', title: 'Type', value: function (c) { return c.type; } },
    { key: 'from', title: 'From', value: function (c) { return c.fromName.toLowerCase(); } },
    { key: 'to', title: 'To', value: function (c) { return c.toName.toLowerCase(); } },
    { key: 'about', title: 'About', value: function (c) { return c.about.toLowerCase(); } },
    { key: 'sources', title: 'Sources', value: function (c) { return c.originIds.size; } }
  ];

  function create(root, ctx) {
    var state = ctx.state;
    var shown = PAGE;
    var expanded = new Set();
    var rowsByClaim = new Map();
    var typeSelect = el('select', { id: 'claims-type', 'aria-label': 'Claim type' });
    var entityInput = el('input', { id: 'claims-entity', type: 'search', placeholder: 'entity name', autocomplete: 'off' });
    var count = el('span', { id: 'claims-count', className: 'hint', 'aria-live': 'polite' });
    var head = el('tr');
    var body = el('tbody');
    var more = el('button', { type: 'button', className: 'more' }, ['show more']);
    var table = el('table', { id: 'claims-table', className: 'claims' }, [el('thead', null, [head]), body]);
    root.replaceChildren(
      el('div', { className: 'toolbar' }, [
        el('label', null, ['Type ', typeSelect]),
        el('label', null, ['Entity ', entityInput]),
        count
      ]),
      el('div', { className: 'table-scroll' }, [table]),
      more);

    typeSelect.addEventListener('change', function () { state.claimsType = typeSelect.value; shown = PAGE; render(); ctx.changed(); });
    entityInput.addEventListener('input', function () { state.claimsEntity = entityInput.value; shown = PAGE; render(); ctx.changed(); });
    more.addEventListener('click', function () { shown += PAGE; render(); });

    function sortButton(column) {
      var button = el('button', { type: 'button', className: 'sort' }, [column.title]);
      button.addEventListener('click', function () {
        state.claimsSort = state.claimsSort === column.key ? '-' + column.key : column.key;
        render();
        ctx.changed();
      });
      var th = el('th', { scope: 'col' }, [button]);
      var key = state.claimsSort.replace(/^-/, '');
      if (key === column.key) th.setAttribute('aria-sort', state.claimsSort.charAt(0) === '-' ? 'descending' : 'ascending');
      return th;
    }

    function quotesRow(claim) {
      return el('tr', { className: 'quotes' }, [el('td', { colSpan: COLUMNS.length + 1 }, claim.sources.map(function (s) {
        return el('blockquote', { className: 'quote' }, [
          text(s.quote),
          el('footer', null, ['— ', text(s.publisher), s.published ? ', ' + text(s.published) : '', ': ', text(s.title)])
        ]);
      }))]);
    }

    function row(claim) {
      var open = expanded.has(claim.id);
      var toggle = el('button', { type: 'button', className: 'expand', 'aria-expanded': String(open),
        'aria-label': (open ? 'Hide' : 'Show') + ' quotes' }, [open ? '▾' : '▸']);
      toggle.addEventListener('click', function (event) {
        event.stopPropagation();
        if (expanded.has(claim.id)) expanded.delete(claim.id); else expanded.add(claim.id);
        render();
      });
      var tr = el('tr', { className: 'claim', tabIndex: 0 }, [
        el('td', null, [toggle]),
        el('td', { className: 'when' }, [claim.when, claim.precision === 'month' || claim.precision === 'year' ? el('span', { className: 'hint' }, [' (' + claim.precision + ')']) : null]),
        el('td', null, [claim.type]),
        el('td', null, [claim.fromName]),
        el('td', null, [claim.toName]),
        el('td', null, [claim.about]),
        el('td', { className: 'num' }, [String(claim.originIds.size)])
      ]);
      tr.dataset.claim = claim.id;
      tr.addEventListener('click', function () { ctx.pickClaim(claim); });
      tr.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); ctx.pickClaim(claim); }
      });
      rowsByClaim.set(claim.id, tr);
      return open ? [tr, quotesRow(claim)] : [tr];
    }

    function rows() {
      var entity = (state.claimsEntity || '').trim().toLowerCase();
      var list = ctx.visibleClaims().filter(function (c) {
        return (!state.claimsType || c.type === state.claimsType) &&
          (!entity || c.fromName.toLowerCase().indexOf(entity) >= 0 || c.toName.toLowerCase().indexOf(entity) >= 0);
      });
      var key = state.claimsSort.replace(/^-/, '');
      var column = COLUMNS.filter(function (c) { return c.key === key; })[0] || COLUMNS[0];
      var sign = state.claimsSort.charAt(0) === '-' ? -1 : 1;
      return list.slice().sort(function (a, b) {
        var x = column.value(a), y = column.value(b);
        return sign * (x < y ? -1 : x > y ? 1 : 0) || ns.model.compare(a.dateStart || '~', b.dateStart || '~');
      });
    }

    function render() {
      var model = ctx.model();
      if (!model) return;
      typeSelect.replaceChildren.apply(typeSelect, [el('option', { value: '' }, ['every type'])]
        .concat(model.claimTypes.map(function (t) { return el('option', { value: t }, [t]); })));
      typeSelect.value = model.claimTypes.indexOf(state.claimsType) >= 0 ? state.claimsType : '';
      if (entityInput.value !== (state.claimsEntity || '')) entityInput.value = state.claimsEntity || '';
      head.replaceChildren.apply(head, [el('th', { scope: 'col' }, [el('span', { className: 'sr-only' }, ['Quotes'])])].concat(COLUMNS.map(sortButton)));
      var list = rows();
      rowsByClaim = new Map();
      var out = [];
      list.slice(0, shown).forEach(function (claim) { out = out.concat(row(claim)); });
      body.replaceChildren.apply(body, out);
      count.textContent = list.length > shown ? 'first ' + shown + ' of ' + ns.dom.plural(list.length, 'claim', 'claims') : ns.dom.plural(list.length, 'claim', 'claims');
      more.hidden = list.length <= shown;
      markSelected(ctx.selectedClaim());
    }

    function markSelected(claimId) {
      body.querySelectorAll('tr.selected').forEach(function (tr) { tr.classList.remove('selected'); tr.removeAttribute('aria-selected'); });
      var tr = claimId ? rowsByClaim.get(claimId) : null;
      if (tr) { tr.classList.add('selected'); tr.setAttribute('aria-selected', 'true'); }
      return tr;
    }

    return { render: render, markSelected: markSelected };
  }

  ns.claimsView = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
