// Served mode: fetch the graph once, then, whenever the server sends "graph-changed", apply the
// change sets after the version the page holds (the changes URL): each is patched into the model
// and cytoscape in place, so the page's work follows the size of the change, not of the graph.
// When the server cannot give them (it restarted, the page fell too far behind, or a change was
// too large to send piecemeal) the page fetches the whole graph again and says why. The server
// sends the current version on connect, so nothing made between the first fetch and the stream
// opening is missed. The sync status (seeds invalid, store behind) arrives as "status" events and
// from the status URL. graphView.version is the version shown, graphView.graphLoads how often the
// whole graph was fetched; eventAt, fetchedAt, appliedAt and shownAt (ms since the epoch) when the last
// "graph-changed" arrived, its change sets were read, applied, and the next frame drawn.
// A large graph is first fetched as its busiest entities (config.firstGraphUrl; the server says the
// whole graph's totals in X-Graph-Total-Entities and -Relationships, or sends everything when the
// graph is small); loadEverything() fetches the whole graph, and reloads keep to what was asked.
(function (ns) {
  'use strict';

  function start(config, page, setStatus, onSyncStatus) {
    var view = page.view;
    var lastText = null;
    var held = null; // { version, epoch } of what the page shows, when the server names it
    var inFlight = false;
    var again = false;
    var recheck = false;
    var announced = 0; // the newest version the event stream named
    var everything = !config.firstGraphUrl;
    var forceLoad = false;
    view.graphLoads = 0;

    function now() { return new Date().toLocaleTimeString(); }

    function failed(response) {
      // 503 carries the store's own words (e.g. not synced yet); show them, not just the status.
      return response.text().then(function (text) { throw new Error(text || ('HTTP ' + response.status)); });
    }

    function shown(version) {
      view.version = version;
      view.appliedAt = Date.now();
      requestAnimationFrame(function () { view.shownAt = Date.now(); });
    }

    function loadGraph(reason) {
      view.graphLoads++;
      var totals = null;
      return fetch(everything ? config.graphUrl : config.firstGraphUrl, { cache: 'no-store', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) return failed(response);
          var entities = response.headers.get('X-Graph-Total-Entities');
          var relationships = response.headers.get('X-Graph-Total-Relationships');
          if (entities !== null && relationships !== null) totals = { entities: Number(entities), relationships: Number(relationships) };
          var version = response.headers.get('X-Graph-Version');
          var epoch = response.headers.get('X-Graph-Epoch');
          held = version !== null && epoch ? { version: Number(version), epoch: epoch } : null;
          return response.text();
        })
        .then(function (body) {
          if (body !== lastText) {
            lastText = body;
            setStatus('live · updated ' + now() + (reason ? ' · reloaded the whole graph: ' + reason : ''));
            page.render(JSON.parse(body), totals); // after the status, so a render warning stays visible
          }
          if (held) shown(held.version);
        });
    }

    function catchUp() {
      var expected = announced; // the feed holds at least this much unless the source signals apart from it
      var url = config.changesUrl + (config.changesUrl.indexOf('?') < 0 ? '?' : '&') +
        'since=' + held.version + '&epoch=' + encodeURIComponent(held.epoch);
      return fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) return failed(response);
          return response.json().then(function (body) {
            view.fetchedAt = Date.now();
            if (body.reload) return loadGraph(String(body.reload));
            // A graph source that signals changes without the feed's broadcaster announces versions the feed never reaches.
            if (body.version < expected) return loadGraph('the server announced a change its change feed does not hold');
            if (!body.changes.length) return;
            var said;
            try {
              said = body.changes.map(function (c) { return page.apply(c.change, c.version); });
            } catch (error) {
              lastText = null;
              return loadGraph('a change could not be applied here (' + error.message + ')');
            }
            held.version = body.version;
            lastText = null; // the page now differs from the last whole graph it fetched
            setStatus('live · updated ' + now() + ' · ' + said.join('; '));
            shown(held.version);
          });
        });
    }

    function refresh() {
      if (inFlight) { again = true; return; }
      inFlight = true;
      var whole = forceLoad;
      forceLoad = false;
      (held && config.changesUrl && !whole ? catchUp() : loadGraph(null))
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
    var control = {
      loadEverything: function () {
        everything = true;
        forceLoad = true;
        lastText = null;
        refresh();
      }
    };
    if (config.statusUrl) {
      fetch(config.statusUrl, { cache: 'no-store' }).then(function (r) { return r.ok ? r.text() : null; })
        .then(function (text) { if (text) readStatus(text); }).catch(function () { /* the stream sends it too */ });
    }
    if (!config.eventsUrl || !window.EventSource) return control;
    var interrupted = false;
    var events = new EventSource(config.eventsUrl);
    events.addEventListener('graph-changed', function (event) {
      view.eventAt = Date.now();
      announced = Number(event.data);
      // On connect the server sends the version it is at: nothing to do when the page shows it, unless the
      // stream was interrupted (a restarted server counts from 0 again, so only the feed can tell).
      if (held && !recheck && Number(event.data) === held.version) return;
      recheck = false;
      refresh();
    });
    events.addEventListener('status', function (event) { readStatus(event.data); });
    events.addEventListener('open', function () {
      if (interrupted) { interrupted = false; setStatus('live · reconnected'); }
    });
    events.addEventListener('error', function () {
      interrupted = true;
      recheck = true;
      setStatus('live updates interrupted; reconnecting…', true);
    });
    return control;
  }

  ns.live = { start: start };
})(window.GraphBuilderView = window.GraphBuilderView || {});
