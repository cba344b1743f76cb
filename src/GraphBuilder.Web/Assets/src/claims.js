// The claims table: every claim (non-structural relationship, one row per statement) with date,
// type, ends, about, its outlets and its first quote inline (every quote on expand), so "who
// accused whom, in which outlet" needs no click per claim. Sortable by any column, filtered by
// type, entity and the entity's role here (with speakers rolled up under who they speak for) and
// by the page's shared filters. Selecting a row selects the claim in the graph and vice versa.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var PAGE = 300; // rows drawn at once; "show more" draws the next page

  var COLUMNS = [
    { key: 'when', title: 'Date', value: function (c) { return c.sortKey; } },
    { key: 'type', title: 'Type', value: function (c) { return c.type; } },
    { key: 'from', title: 'From', value: function (c) { return c.fromName.toLowerCase(); } },
    { key: 'to', title: 'To', value: function (c) { return c.toName.toLowerCase(); } },
    { key: 'about', title: 'About', value: function (c) { return c.about.toLowerCase(); } },
    { key: 'sources', title: 'Evidence', value: function (c) { return c.originIds.size; } }
  ];
  var ROLES = [['', 'either end'], ['from', 'as accuser (from)'], ['to', 'as accused (to)']];

  function create(root, ctx) {
    var state = ctx.state;
    var shown = PAGE;
    var expanded = new Set();
    var rowsByClaim = new Map();
    var typeSelect = el('select', { id: 'claims-type', 'aria-label': 'Claim type' });
    var entityInput = el('input', { id: 'claims-entity', type: 'search', placeholder: 'entity name', autocomplete: 'off' });
    var roleSelect = el('select', { id: 'claims-role', 'aria-label': 'Entity at' }, ROLES.map(function (r) { return el('option', { value: r[0] }, [r[1]]); }));
    var rollup = el('input', { id: 'claims-rollup', type: 'checkbox' });
    var count = el('span', { id: 'claims-count', className: 'hint' });
    var head = el('tr');
    var body = el('tbody');
    var more = el('button', { type: 'button', className: 'more' }, ['show more']);
    var table = el('table', { id: 'claims-table', className: 'claims' }, [el('thead', null, [head]), body]);
    root.replaceChildren(
      el('div', { className: 'toolbar' }, [
        el('label', null, ['Type ', typeSelect]),
        el('label', null, ['Entity ', entityInput]),
        roleSelect,
        el('label', null, [rollup, ' with those who speak for it']),
        count
      ]),
      el('div', { className: 'table-scroll' }, [table]),
      more);

    typeSelect.addEventListener('change', function () { state.claimsType = typeSelect.value; shown = PAGE; render(); ctx.changed(); });
    entityInput.addEventListener('input', function () { state.claimsEntity = entityInput.value; shown = PAGE; render(); ctx.changed(); });
    roleSelect.addEventListener('change', function () { state.claimsRole = roleSelect.value; shown = PAGE; render(); ctx.changed(); });
    rollup.addEventListener('change', function () { ctx.setRollup(rollup.checked); });
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

    /** The evidence cell: outlets, then the first quote, or every quote when expanded. */
    function evidenceCell(claim, open, responsesTo) {
      var quotes = open ? claim.sources : claim.sources.slice(0, 1);
      var responses = responsesTo(claim).length;
      return el('td', { className: 'evidence' }, [
        el('div', null, [el('span', { className: 'count-reports' }, [ns.dom.plural(claim.sourceIds.size, 'report', 'reports')]), ': ', ns.evidence.outlets(claim)]),
        el('div', { className: 'quotes' }, quotes.map(function (s) { return ns.evidence.quote(s); })),
        !open && claim.sources.length > 1 ? el('div', { className: 'hint' }, ['+ ' + ns.dom.plural(claim.sources.length - 1, 'more quote', 'more quotes')]) : null,
        responses ? el('div', { className: 'hint responses' }, ['↩ ' + ns.dom.plural(responses, 'response', 'responses') + ' from ' + claim.toName + "'s side (select the row)"]) : null
      ]);
    }

    function row(claim, responsesTo) {
      var open = expanded.has(claim.id);
      var toggle = claim.sources.length > 1 ? el('button', { type: 'button', className: 'expand', 'aria-expanded': String(open),
        title: (open ? 'Show the first quote only' : 'Show every quote') }, [el('span', { 'aria-hidden': 'true' }, [open ? '▾' : '▸']),
        el('span', { className: 'sr-only' }, ['all quotes'])]) : null;
      if (toggle) {
        toggle.addEventListener('click', function (event) {
          event.stopPropagation();
          if (expanded.has(claim.id)) expanded.delete(claim.id); else expanded.add(claim.id);
          render();
          var again = rowsByClaim.get(claim.id);
          if (again && again.querySelector('button.expand')) again.querySelector('button.expand').focus();
        });
      }
      var tr = el('tr', { className: 'claim', tabIndex: 0 }, [
        el('td', null, [toggle]),
        el('td', { className: 'when' }, [claim.when, claim.precision === 'month' || claim.precision === 'year' ? el('span', { className: 'hint' }, [' (' + claim.precision + ')']) : null]),
        el('td', null, [claim.type, ns.evidence.disputedBadge(claim, ctx.compare)]),
        el('td', null, [claim.fromName]),
        el('td', null, [claim.toName]),
        el('td', null, [claim.about]),
        evidenceCell(claim, open, responsesTo)
      ]);
      tr.dataset.claim = claim.id;
      tr.addEventListener('click', function () { ctx.pickClaim(claim); });
      tr.addEventListener('keydown', function (event) {
        // Keys on the row's own buttons (expand, disputed) are theirs.
        if (event.target !== tr) return;
        if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); ctx.pickClaim(claim); }
      });
      rowsByClaim.set(claim.id, tr);
      return [tr];
    }

    /** Whether an entity matches the filter text: its name, or (rolled up) the name of whom it speaks for. */
    function matches(gid, name, entity, model) {
      if (name.toLowerCase().indexOf(entity) >= 0) return true;
      var side = ns.evidence.sideOf(model, gid, state.rollup);
      return side !== gid && model.nodeById.get(side).name.toLowerCase().indexOf(entity) >= 0;
    }

    function rows() {
      var entity = (state.claimsEntity || '').trim().toLowerCase();
      var model = ctx.model();
      var role = state.claimsRole;
      var list = ctx.visibleClaims().filter(function (c) {
        return (!state.claimsType || c.type === state.claimsType) &&
          (!entity || (role !== 'to' && matches(c.from, c.fromName, entity, model)) || (role !== 'from' && matches(c.to, c.toName, entity, model)));
      });
      var key = state.claimsSort.replace(/^-/, '');
      var column = COLUMNS.filter(function (c) { return c.key === key; })[0] || COLUMNS[0];
      var sign = state.claimsSort.charAt(0) === '-' ? -1 : 1;
      return list.slice().sort(function (a, b) {
        var x = column.value(a), y = column.value(b);
        return sign * (x < y ? -1 : x > y ? 1 : 0) || ns.model.compare(a.sortKey, b.sortKey);
      });
    }

    function render() {
      var model = ctx.model();
      if (!model) return;
      typeSelect.replaceChildren.apply(typeSelect, [el('option', { value: '' }, ['every type'])]
        .concat(model.claimTypes.map(function (t) { return el('option', { value: t }, [t]); })));
      typeSelect.value = model.claimTypes.indexOf(state.claimsType) >= 0 ? state.claimsType : '';
      if (entityInput.value !== (state.claimsEntity || '')) entityInput.value = state.claimsEntity || '';
      roleSelect.value = state.claimsRole || '';
      rollup.checked = !!state.rollup;
      head.replaceChildren.apply(head, [el('th', { scope: 'col' }, [el('span', { className: 'sr-only' }, ['Quotes'])])].concat(COLUMNS.map(sortButton)));
      var list = rows();
      rowsByClaim = new Map();
      var out = [];
      var responsesTo = ns.evidence.responseFinder(ctx.model(), ctx.visibleClaims());
      list.slice(0, shown).forEach(function (claim) { out = out.concat(row(claim, responsesTo)); });
      if (!list.length) out = [el('tr', { className: 'nothing' }, [el('td', { colSpan: COLUMNS.length + 1 }, ['Nothing matches the filters. ', ctx.clearButton()])])];
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
