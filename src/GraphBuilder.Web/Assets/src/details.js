// The details panel: a node with its claims by date, a report with what it claims, a claim with
// every source and quote, or a list of claims (a matrix cell, a path). Built with text nodes
// only (see dom.js).
(function (ns) {
  'use strict';

  var el = ns.dom.el;
  var text = ns.dom.text;

  function propertyList(props, skip) {
    var rows = [];
    Object.keys(props || {}).forEach(function (key) {
      if (skip.indexOf(key) >= 0) return;
      var value = text(props[key]);
      if (value === '') return;
      rows.push(el('dt', null, [key]));
      rows.push(el('dd', { className: 'prop-' + key.replace(/[^A-Za-z0-9_-]/g, '_') }, [value]));
    });
    return el('dl', null, rows);
  }

  function link(label, onClick, className) {
    var button = el('button', { type: 'button', className: className || 'link' }, [label]);
    button.addEventListener('click', onClick);
    return button;
  }

  /** A link to a report's URL, only for web addresses (never javascript: or data:). */
  function externalLink(url) {
    var href = text(url);
    if (!/^https?:\/\//i.test(href)) return href ? el('span', null, [href]) : null;
    return el('a', { href: href, target: '_blank', rel: 'noopener noreferrer' }, [href]);
  }

  function hint(panel, message) {
    panel.replaceChildren(el('h2', null, ['Details']), el('p', { className: 'hint' }, [message]));
  }

  function precisionNote(claim) {
    return { day: '', month: ' (month)', year: ' (year)', open: ' (range)', none: '' }[claim.precision] || '';
  }

  /** One line per claim: date, type, the other end(s), about; the whole line picks the claim. */
  function claimItems(claims, onPick, node) {
    return el('ul', { className: 'claim-list' }, claims.map(function (claim) {
      var ends = node === claim.from ? '→ ' + claim.toName : node === claim.to ? '← ' + claim.fromName : claim.fromName + ' → ' + claim.toName;
      return el('li', null, [
        link(claim.when + precisionNote(claim) + ' · ' + claim.type + ' ' + ends, function () { onPick(claim); }),
        claim.about ? ': ' + claim.about : ''
      ]);
    }));
  }

  function section(title, content, empty) {
    return [el('h2', null, [title]), content || el('p', { className: 'hint' }, [empty])];
  }

  function sourceBlock(source, onlyReport) {
    var s = source || {};
    return el('div', { className: 'source' }, [
      el('div', null, [
        el('span', { className: 'publisher' }, [text(s.publisher)]),
        s.published ? ', ' + text(s.published) : ''
      ]),
      el('div', { className: 'title' }, [text(s.title)]),
      el('div', { className: 'hint' }, [onlyReport ? link(text(s.source), function () { onlyReport(text(s.source)); }) : text(s.source)]),
      el('blockquote', { className: 'quote' }, [text(s.quote)])
    ]);
  }

  /**
   * Shows a node: its properties, its claims sorted by date, its structural links and actions;
   * for a report, what it claims (with quotes) and a link to it.
   */
  function showNode(panel, view) {
    var data = view.node;
    var actions = view.actions;
    var parts = [
      el('h2', null, [data.label]),
      el('h3', { className: 'name' }, [data.name]),
      propertyList(Object.assign({ id: data.gid }, data.props), ['name', 'url']),
      el('div', { className: 'actions' }, view.buttons.map(function (b) { return link(b.label, b.onClick, 'action'); }))
    ];
    if (data.isSource) {
      var url = externalLink(data.props.url);
      if (url) parts.push(el('p', { className: 'url' }, [url]));
      parts = parts.concat(section('What this report claims (' + view.reportClaims.length + ')',
        view.reportClaims.length === 0 ? null : el('div', null, view.reportClaims.map(function (claim) {
          return el('div', { className: 'report-claim' }, [
            link(claim.when + ' · ' + claim.fromName + ' ' + claim.type + ' ' + claim.toName, function () { actions.pickClaim(claim); }),
            el('blockquote', { className: 'quote' }, claim.sources
              .filter(function (s) { return text(s.source) === data.gid; })
              .map(function (s) { return el('div', null, [text(s.quote)]); }))
          ]);
        })), 'none'));
    } else {
      parts = parts.concat(
        section('Claims by date (' + view.claims.length + ')', view.claims.length ? claimItems(view.claims, actions.pickClaim, data.gid) : null, 'none shown'),
        section('Links (' + view.links.length + ')', view.links.length ? claimItems(view.links, actions.pickClaim, data.gid) : null, 'none shown'));
    }
    panel.replaceChildren.apply(panel, parts);
  }

  /** Shows a claim (or structural link): type, ends, date, properties, and every source with its quote. */
  function showClaim(panel, claim, actions) {
    var props = Object.assign({}, claim.props || {});
    panel.replaceChildren.apply(panel, [
      el('h2', { className: 'type' }, [claim.type]),
      el('h3', null, [
        link(claim.fromName, function () { actions.pickNode(claim.from); }),
        ' → ',
        link(claim.toName, function () { actions.pickNode(claim.to); })
      ]),
      propertyList(Object.assign({ when: claim.when + precisionNote(claim) }, props,
        { facts: claim.edgeIds.map(function (id) { return id.slice(2); }) }),
        ['sources', 'date', 'date_start', 'date_end']),
      el('h2', null, ['Sources (' + claim.sources.length + ')'])
    ].concat(claim.sources.map(function (s) { return sourceBlock(s, actions.onlyReport); })));
  }

  /** Shows a titled list of claims, each with its quotes (a matrix cell, a path, a timeline pick). */
  function showClaimList(panel, title, claims, actions) {
    panel.replaceChildren.apply(panel, [el('h2', null, [title + ' (' + claims.length + ')'])].concat(claims.map(function (claim) {
      return el('div', { className: 'report-claim' }, [
        link(claim.when + ' · ' + claim.fromName + ' ' + claim.type + ' ' + claim.toName, function () { actions.pickClaim(claim); }),
        claim.about ? el('div', { className: 'hint' }, [claim.about]) : null,
        el('div', null, claim.sources.map(function (s) { return sourceBlock(s, actions.onlyReport); }))
      ]);
    })));
  }

  ns.details = { hint: hint, showNode: showNode, showClaim: showClaim, showClaimList: showClaimList, link: link };
})(window.GraphBuilderView = window.GraphBuilderView || {});
