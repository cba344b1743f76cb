// Evidence as every view shows it: a claim's outlets (publisher and date), its quotes, the
// "disputed" badge, and the sides of an accusation (an entity with those who speak for it).
// Per-citation fields beyond the quote (e.g. a curator's review or flag) are written out when
// present, so new export fields show without code here. Text nodes only (see dom.js).
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var text = ns.dom.text;
  // Citation fields shown by their own markup; any other field is listed under the quote.
  var SHOWN = ['source', 'publisher', 'title', 'published', 'quote'];

  function outlet(o) { return o.publisher + (o.published ? ', ' + o.published : ''); }

  /** "Publisher, date · Publisher, date": which reports carry a claim. */
  function outlets(claim) {
    return el('span', { className: 'outlets' }, [claim.outlets.map(outlet).join(' · ')]);
  }

  /** A citation's other fields (review notes, flags...) as "key: value" lines. */
  function extraFields(citation) {
    var rows = Object.keys(citation || {}).filter(function (k) { return SHOWN.indexOf(k) < 0 && text(citation[k]) !== ''; });
    if (!rows.length) return null;
    // An object reads as "key value, ..."; a list of them (a citation's reviews) as one line each.
    function fields(value) {
      return value && typeof value === 'object' ? Object.keys(value).map(function (x) { return x + ' ' + text(value[x]); }).join(', ') : text(value);
    }
    var lines = [];
    rows.forEach(function (k) {
      var value = citation[k];
      (Array.isArray(value) && value.some(function (v) { return v && typeof v === 'object'; }) ? value : [value])
        .forEach(function (v) { lines.push(el('div', null, [k + ': ' + fields(v)])); });
    });
    return el('div', { className: 'citation-extra' }, lines);
  }

  /** A quote with its outlet underneath. */
  function quote(citation) {
    var s = citation || {};
    return el('blockquote', { className: 'quote' }, [
      text(s.quote),
      el('footer', null, ['— ', text(s.publisher), s.published ? ', ' + text(s.published) : '', s.title ? ': ' + text(s.title) : '']),
      extraFields(s)
    ]);
  }

  /** The "disputed" badge: a button opening the claims side by side, or null when nothing disputes it. */
  function disputedBadge(claim, onOpen) {
    if (!claim.disputes || !claim.disputes.length) return null;
    var badge = el('button', { type: 'button', className: 'badge disputed',
      title: 'Reports disagree: compare side by side' }, ['disputed']);
    badge.addEventListener('click', function (event) { event.stopPropagation(); onOpen(claim); });
    return badge;
  }

  /** The entity an entity speaks for (with roll-up on), else itself. */
  function sideOf(model, gid, rollup) {
    return rollup && model.principals.has(gid) ? model.principals.get(gid) : gid;
  }

  /** An entity's side: itself, who it speaks for, and everyone who speaks for either. */
  function sideMembers(model, gid) {
    var top = sideOf(model, gid, true);
    if (!model.speakersOf) {
      model.speakersOf = new Map();
      model.principals.forEach(function (principal, member) {
        if (!model.speakersOf.has(principal)) model.speakersOf.set(principal, []);
        model.speakersOf.get(principal).push(member);
      });
    }
    return new Set([gid, top].concat(model.speakersOf.get(top) || []));
  }

  /**
   * Finds, for a claim, the claims the object's side made about the subject's side (denials,
   * counter-accusations) among `claims`, indexed once so a table of claims stays linear.
   */
  function responseFinder(model, claims) {
    var between = new Map();
    claims.forEach(function (c) {
      var key = c.from + '\n' + c.to;
      if (!between.has(key)) between.set(key, []);
      between.get(key).push(c);
    });
    return function (claim) {
      var found = [];
      var accuser = sideMembers(model, claim.from);
      sideMembers(model, claim.to).forEach(function (from) {
        accuser.forEach(function (to) {
          (between.get(from + '\n' + to) || []).forEach(function (c) { if (c !== claim) found.push(c); });
        });
      });
      return found.sort(function (a, b) { return ns.model.compare(a.sortKey, b.sortKey) || ns.model.compare(a.id, b.id); });
    };
  }

  ns.evidence = {
    outlets: outlets, quote: quote, extraFields: extraFields, disputedBadge: disputedBadge, sideOf: sideOf, sideMembers: sideMembers,
    responseFinder: responseFinder
  };
})(window.GraphBuilderView = window.GraphBuilderView || {});
