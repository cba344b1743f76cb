// Served mode: fetch the graph, then refetch whenever the server sends a "graph-changed"
// event. The server sends the current version on connect, so a change made between the first
// fetch and the stream opening is not missed; an unchanged response is not re-rendered. The
// sync status (seeds invalid, store behind) arrives as "status" events and from the status URL.
(function (ns) {
  'use strict';

  function start(config, render, setStatus, onSyncStatus) {
    var lastText = null;
    var inFlight = false;
    var again = false;

    function refresh() {
      if (inFlight) { again = true; return; }
      inFlight = true;
      fetch(config.graphUrl, { cache: 'no-store', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            // 503 carries the store's own words (e.g. not synced yet); show them, not just the status.
            return response.text().then(function (text) { throw new Error(text || ('HTTP ' + response.status)); });
          }
          return response.text();
        })
        .then(function (body) {
          if (body !== lastText) {
            lastText = body;
            setStatus('live · updated ' + new Date().toLocaleTimeString());
            render(JSON.parse(body)); // after the status, so a render warning stays visible
          }
        })
        .catch(function (error) { setStatus('could not load the graph: ' + error.message, true); })
        .finally(function () {
          inFlight = false;
          if (again) { again = false; refresh(); }
        });
    }

    function readStatus(text) {
      try { onSyncStatus(JSON.parse(text)); } catch (e) { /* a malformed status is not worth breaking the page for */ }
    }

    refresh();
    if (config.statusUrl) {
      fetch(config.statusUrl, { cache: 'no-store' }).then(function (r) { return r.ok ? r.text() : null; })
        .then(function (text) { if (text) readStatus(text); }).catch(function () { /* the stream sends it too */ });
    }
    if (!config.eventsUrl || !window.EventSource) return;
    var interrupted = false;
    var events = new EventSource(config.eventsUrl);
    events.addEventListener('graph-changed', refresh);
    events.addEventListener('status', function (event) { readStatus(event.data); });
    events.addEventListener('open', function () {
      if (interrupted) { interrupted = false; setStatus('live · reconnected'); }
    });
    events.addEventListener('error', function () {
      interrupted = true;
      setStatus('live updates interrupted; reconnecting…', true);
    });
  }

  ns.live = { start: start };
})(window.GraphBuilderView = window.GraphBuilderView || {});
