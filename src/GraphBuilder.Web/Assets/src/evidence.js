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
    return el('div', { className: 'citation-extra' }, rows.map(function (k) {
      var value = citation[k];
      var shown = value && typeof value === 'object' && !Array.isArray(value)
        ? Object.keys(value).map(function (x) { return x + ' ' + text(value[x]); }).join(', ') : text(value);
      return el('div', null, [k + ': ' + shown]);
    }));
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
    var members = new Set([gid, top]);
    model.principals.forEach(function (principal, member) { if (principal === top) members.add(member); });
    return members;
  }

  /** Claims the object's side made about the subject's side: denials, counter-accusations. */
  function responses(model, claim, claims) {
    var accused = sideMembers(model, claim.to), accuser = sideMembers(model, claim.from);
    return claims.filter(function (c) { return c !== claim && accused.has(c.from) && accuser.has(c.to); });
  }

  ns.evidence = {
    outlets: outlets, quote: quote, extraFields: extraFields, disputedBadge: disputedBadge, sideOf: sideOf, sideMembers: sideMembers,
    responses: responses, outlet: outlet
  };
})(window.GraphBuilderView = window.GraphBuilderView || {});
