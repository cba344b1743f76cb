// The view state in the URL's fragment (#tab=claims&sel=r:x&from=...), so a view can be shared
// or bookmarked; works for the exported file (file://) as well as the served page.
(function (ns) {
  'use strict';

  // state key → [fragment key, kind]; defaults are left out of the URL.
  var FIELDS = {
    tab: ['tab', 'string', 'graph'], selected: ['sel', 'string', ''],
    hiddenTypes: ['hide', 'set'], hiddenLabels: ['labels', 'set'],
    from: ['from', 'string', ''], to: ['to', 'string', ''], hideUndated: ['undated', 'flag'],
    hideIsolated: ['isolated', 'flag'], showStructural: ['structural', 'flag'],
    report: ['report', 'string', ''], agree: ['agree', 'number', 1],
    claimsType: ['ctype', 'string', ''], claimsEntity: ['q', 'string', ''], claimsRole: ['role', 'string', ''], rollup: ['rollup', 'flag'], claimsSort: ['sort', 'string', 'when'],
    matrixType: ['mtype', 'string', ''], explore: ['explore', 'set'], top: ['top', 'number', 0]
  };

  /** Reads the fragment into `state`; returns the fragment's parameters (to tell which were given). */
  function read(state, hash) {
    var params = new URLSearchParams((hash || '').replace(/^#/, ''));
    Object.keys(FIELDS).forEach(function (key) {
      var field = FIELDS[key];
      if (!params.has(field[0])) return;
      var value = params.get(field[0]);
      if (field[1] === 'set') state[key] = new Set(value ? value.split(',') : []);
      else if (field[1] === 'flag') state[key] = value === '1';
      else if (field[1] === 'number') state[key] = Math.max(field[2], parseInt(value, 10) || field[2]);
      else state[key] = value;
    });
    return params;
  }

  function write(state) {
    var params = new URLSearchParams();
    Object.keys(FIELDS).forEach(function (key) {
      var field = FIELDS[key];
      var value = state[key];
      if (field[1] === 'set') { if (value && value.size) params.set(field[0], Array.from(value).sort().join(',')); }
      else if (field[1] === 'flag') { if (value) params.set(field[0], '1'); }
      else if (value !== undefined && value !== null && value !== field[2]) params.set(field[0], String(value));
    });
    var hash = params.toString();
    var url = location.href.replace(/#.*$/, '') + (hash ? '#' + hash : '');
    if (url === location.href) return;
    try {
      history.replaceState(null, '', url);
    } catch (e) {
      location.replace('#' + hash); // a browser that refuses replaceState for this URL: same effect, fragment only
    }
  }

  ns.urlState = { read: read, write: write };
})(window.GraphBuilderView = window.GraphBuilderView || {});
