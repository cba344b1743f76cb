// The honesty banner: when the seeds are invalid, their errors (path:line:column: message) and
// that the page shows the last good graph; when the store is behind the seeds, that and why.
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var SHOWN = 20; // errors listed; the rest are counted

  function show(banner, status) {
    var state = status && status.state;
    if (state === 'invalid') {
      var errors = Array.isArray(status.errors) ? status.errors : [];
      banner.replaceChildren(
        el('strong', null, ['The seeds have ' + ns.dom.plural(errors.length, 'error', 'errors') + '; nothing was written. This page shows the last good graph.']),
        el('ul', null, errors.slice(0, SHOWN).map(function (e) {
          return el('li', null, [el('code', null, [String(e.path) + ':' + e.line + ':' + e.column]), ': ' + String(e.message)]);
        })),
        errors.length > SHOWN ? el('p', null, ['and ' + (errors.length - SHOWN) + ' more (see the worker log)']) : null);
      banner.className = 'banner error';
      banner.hidden = false;
    } else if (state === 'behind' || state === 'partial') {
      banner.replaceChildren(el('strong', null, [state === 'partial'
        ? 'The store holds a partly written sync; the graph may be incomplete.'
        : 'The store is behind the seeds: the last sync could not be written. This page shows what the store holds.']),
        status.message ? el('p', null, [String(status.message)]) : null);
      banner.className = 'banner warning';
      banner.hidden = false;
    } else {
      banner.replaceChildren();
      banner.hidden = true;
    }
  }

  ns.banner = { show: show };
})(window.GraphBuilderView = window.GraphBuilderView || {});
