// The timeline: claims along a date axis, one lane per type. Day-dated claims are dots; month-
// and year-dated claims are hollow bars over the whole period they may fall in; open ranges run
// off the axis with their start written out; undated claims are listed apart. Dragging across
// the axis (the brush) sets the page's date range, which filters the graph and table together.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var svg = ns.shapes.svg;
  var DAY = 86400000;
  var LANE = 26, TOP = 24, LEFT = 150, RIGHT = 20;

  function ms(iso) { return iso ? Date.parse(iso + 'T00:00:00Z') : NaN; }
  function iso(time) { return new Date(time).toISOString().slice(0, 10); }

  function create(root, ctx) {
    var state = ctx.state;
    var picture = el('div', { className: 'timeline-svg' });
    var undated = el('div', { className: 'undated' });
    var clear = el('button', { type: 'button', id: 'timeline-clear' }, ['Clear date range']);
    var note = el('p', { className: 'hint' }, ['Drag across the axis to choose a date range (or use From/To under Filters). Dots: a day; hollow bars: only the month or year is known.']);
    root.replaceChildren(el('div', { className: 'toolbar' }, [clear]), note, picture, undated);
    clear.addEventListener('click', function () { ctx.setDateRange('', ''); });

    function render() {
      var model = ctx.model();
      if (!model || root.hidden) return;
      var claims = ctx.visibleClaims({ ignoreDates: true });
      var dated = claims.filter(function (c) { return c.precision !== 'none' && c.precision !== 'open'; });
      var open = claims.filter(function (c) { return c.precision === 'open'; });
      var starts = dated.map(function (c) { return ms(c.dateStart); });
      var ends = dated.map(function (c) { return ms(c.dateEnd); });
      var lo = starts.length ? Math.min.apply(null, starts) : (open.length ? ms(open[0].dateStart || open[0].dateEnd) : Date.now());
      var hi = ends.length ? Math.max.apply(null, ends) : lo;
      if (hi - lo < 30 * DAY) { lo -= 15 * DAY; hi += 15 * DAY; }
      var types = model.claimTypes.filter(function (t) { return claims.some(function (c) { return c.type === t; }); });
      var width = Math.max(root.clientWidth - 8, 320);
      var height = TOP + types.length * LANE + 30;
      var x = function (time) { return LEFT + (Math.min(Math.max(time, lo), hi) - lo) / (hi - lo) * (width - LEFT - RIGHT); };
      var time = function (px) { return lo + (Math.min(Math.max(px, LEFT), width - RIGHT) - LEFT) / (width - LEFT - RIGHT) * (hi - lo); };
      var canvas = svg('svg', { id: 'timeline', width: width, height: height, role: 'group', 'aria-label': 'Timeline of ' + dated.length + ' dated claims' });

      var brush = svg('rect', { class: 'brush', x: LEFT, y: TOP - 6, width: 0, height: types.length * LANE + 6 });
      canvas.appendChild(svg('rect', { class: 'brush-area', x: LEFT, y: 0, width: width - LEFT - RIGHT, height: height }));
      for (var i = 0; i <= 5; i++) {
        var t = lo + (hi - lo) * i / 5;
        canvas.appendChild(svg('line', { class: 'tick', x1: x(t), x2: x(t), y1: TOP - 6, y2: height - 24 }));
        canvas.appendChild(svg('text', { class: 'tick-label', x: x(t), y: height - 8, 'text-anchor': 'middle' }, [iso(t)]));
      }
      canvas.appendChild(brush);
      types.forEach(function (type, lane) {
        var y = TOP + lane * LANE + LANE / 2;
        var since = [];
        var style = model.typeStyle.get(type);
        canvas.appendChild(svg('text', { class: 'lane-label', x: 4, y: y + 4 }, [type]));
        claims.filter(function (c) { return c.type === type && c.precision !== 'none'; }).forEach(function (claim) {
          var mark;
          var label = claim.when + ' · ' + claim.fromName + ' ' + claim.type + ' ' + claim.toName;
          if (claim.precision === 'day') {
            mark = svg('circle', { cx: x(ms(claim.dateStart)), cy: y, r: 5, fill: style.colour });
          } else {
            var x1 = claim.dateStart ? x(ms(claim.dateStart)) : LEFT;
            var x2 = claim.dateEnd ? x(ms(claim.dateEnd) + DAY) : width - RIGHT;
            mark = svg('rect', { x: x1, y: y - 6, width: Math.max(x2 - x1, 4), height: 12, fill: style.colour, 'fill-opacity': 0.2, stroke: style.colour, 'stroke-dasharray': '3 2' });
            if (claim.precision === 'open' && claim.dateStart && ms(claim.dateStart) < lo) since.push(claim.dateStart);
          }
          var disputed = claim.disputes.length > 0;
          mark.setAttribute('class', 'mark' + (disputed ? ' disputed' : ''));
          mark.setAttribute('data-claim', claim.id);
          // Marks are buttons for the keyboard and screen readers too.
          mark.setAttribute('tabindex', '0');
          mark.setAttribute('role', 'button');
          mark.setAttribute('aria-label', label + (disputed ? ' (disputed)' : ''));
          mark.appendChild(svg('title', null, [label + (disputed ? ' (disputed)' : '')]));
          mark.addEventListener('click', function () { ctx.pickClaim(claim); });
          mark.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); ctx.pickClaim(claim); }
          });
          canvas.appendChild(mark);
          if (disputed) {
            // Beside a dot; at a bar's right end (its left end may carry "since ...").
            var at = mark.getAttribute('cx') ? { x: +mark.getAttribute('cx') + 7, y: y - 4, anchor: 'start' }
              : { x: +mark.getAttribute('x') + +mark.getAttribute('width') - 2, y: y - 8, anchor: 'end' };
            canvas.appendChild(svg('text', { class: 'disputed-label', x: at.x, y: at.y, 'text-anchor': at.anchor, 'aria-hidden': 'true' }, ['disputed']));
          }
        });
        if (since.length) canvas.appendChild(svg('text', { class: 'open-label', x: LEFT + 2, y: y - 8 }, ['◂ since ' + since.sort().join(', ')]));
      });

      function showBrush(from, to) {
        if (!from && !to) { brush.setAttribute('width', 0); return; }
        var a = from ? x(ms(from)) : LEFT, b = to ? x(ms(to) + DAY) : width - RIGHT;
        brush.setAttribute('x', Math.min(a, b));
        brush.setAttribute('width', Math.abs(b - a));
      }
      showBrush(state.from, state.to);

      var startX = null;
      function at(event) { return event.clientX - canvas.getBoundingClientRect().left; }
      canvas.addEventListener('pointerdown', function (event) {
        if (event.target.getAttribute('class') === 'mark') return;
        startX = at(event);
        canvas.setPointerCapture(event.pointerId);
      });
      canvas.addEventListener('pointermove', function (event) {
        if (startX === null) return;
        var a = Math.min(startX, at(event)), b = Math.max(startX, at(event));
        brush.setAttribute('x', a);
        brush.setAttribute('width', b - a);
      });
      canvas.addEventListener('pointerup', function (event) {
        if (startX === null) return;
        var a = Math.min(startX, at(event)), b = Math.max(startX, at(event));
        startX = null;
        if (b - a < 3) return;
        ctx.setDateRange(iso(time(a)), iso(time(b)));
      });
      picture.replaceChildren(claims.length ? canvas : el('p', { className: 'nothing' }, ['Nothing matches the filters. ', ctx.clearButton()]));

      var none = claims.filter(function (c) { return c.precision === 'none'; });
      undated.replaceChildren(el('h2', null, ['Undated claims (' + none.length + ')']),
        el('ul', null, none.map(function (claim) {
          return el('li', null, [ns.details.link(claim.fromName + ' ' + claim.type + ' ' + claim.toName, function () { ctx.pickClaim(claim); }),
            ns.evidence.disputedBadge(claim, ctx.compare)]);
        })));
    }

    return { render: render };
  }

  ns.timelineView = { create: create };
})(window.GraphBuilderView = window.GraphBuilderView || {});
