// The details panel: a node with its claims by date, a report with what it claims, a claim with
// every source and quote (and the accused side's responses), a list of claims (a matrix cell or
// header, a path), or disputed claims side by side. Built with text nodes only (see dom.js).
// When the panel held the focus (a link in it was used), the focus moves to the new heading.
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

  /** Replaces the panel's content, keeping the keyboard focus in the panel when it was there. */
  function fill(panel, parts) {
    var hadFocus = panel.contains(document.activeElement);
    panel.replaceChildren.apply(panel, parts.filter(function (part) { return part !== null && part !== undefined; }));
    var heading = panel.querySelector('h2');
    if (heading) heading.tabIndex = -1;
    if (hadFocus && heading) heading.focus();
  }

  function hint(panel, message) {
    fill(panel, [el('h2', null, ['Details']), el('p', { className: 'hint' }, [message])]);
  }

  function precisionNote(claim) {
    return { day: '', month: ' (month)', year: ' (year)', open: ' (range)', none: '' }[claim.precision] || '';
  }

  /** One item per claim: date, type, the other end(s), about, its outlets; the line picks the claim. */
  function claimItems(claims, actions, node) {
    return el('ul', { className: 'claim-list' }, claims.map(function (claim) {
      var ends = node === claim.from ? '→ ' + claim.toName : node === claim.to ? '← ' + claim.fromName : claim.fromName + ' → ' + claim.toName;
      return el('li', null, [
        link(claim.when + precisionNote(claim) + ' · ' + claim.type + ' ' + ends, function () { actions.pickClaim(claim); }),
        claim.about ? ': ' + claim.about : '',
        actions.compare ? ns.evidence.disputedBadge(claim, actions.compare) : null,
        claim.outlets && claim.outlets.length ? el('div', null, [ns.evidence.outlets(claim)]) : null
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
      el('blockquote', { className: 'quote' }, [text(s.quote)]),
      ns.evidence.extraFields(s)
    ]);
  }

  function sourcesHeading(claim) {
    var reports = claim.sourceIds.size, quotes = claim.sources.length;
    return el('h2', null, [ns.dom.plural(reports, 'report', 'reports') + (quotes !== reports ? ' · ' + ns.dom.plural(quotes, 'quote', 'quotes') : '')]);
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
      var claimCount = view.reportClaims.filter(function (c) { return c.category !== 'structural'; }).length;
      parts = parts.concat(section('What this report claims (' + ns.dom.plural(claimCount, 'claim', 'claims') +
        (view.reportClaims.length > claimCount ? ' and ' + ns.dom.plural(view.reportClaims.length - claimCount, 'link', 'links') : '') + ')',
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
        section((view.side ? 'Claims by ' + data.name + ' and those who speak for it, and about them' : 'Claims by date') + ' (' + view.claims.length + ')',
          view.claims.length ? claimItems(view.claims, actions, data.gid) : null, 'none shown'),
        section('Links (' + view.links.length + ')', view.links.length ? claimItems(view.links, actions, data.gid) : null, 'none shown'));
    }
    fill(panel, parts);
  }

  /**
   * Shows a claim (or structural link): type, ends, date, properties, every source with its quote,
   * the claims disputing it, and the responses (claims of the accused side about the accuser's).
   */
  function showClaim(panel, claim, actions, responses) {
    var props = Object.assign({}, claim.props || {});
    var disputes = claim.disputes || [];
    var after = [];
    if (disputes.length) {
      after = after.concat(section('Disputed by (' + disputes.length + ')', el('div', null, [
        claimItems(disputes, actions),
        actions.compare ? link('Compare side by side', function () { actions.compare(claim); }, 'action') : null
      ])));
    }
    if (responses && responses.length) {
      after = after.concat(section('Responses from ' + claim.toName + "'s side (" + responses.length + ')', el('div', null, responses.map(function (r) {
        return el('div', { className: 'report-claim response' }, [
          link(r.when + ' · ' + r.fromName + ' ' + r.type + ' ' + r.toName, function () { actions.pickClaim(r); }),
          r.sources.length ? ns.evidence.quote(r.sources[0]) : null
        ]);
      }))));
    }
    fill(panel, [
      el('h2', { className: 'type' }, [claim.type]),
      el('h3', null, [
        link(claim.fromName, function () { actions.pickNode(claim.from); }),
        ' → ',
        link(claim.toName, function () { actions.pickNode(claim.to); })
      ]),
      propertyList(Object.assign({ when: claim.when + precisionNote(claim) }, props,
        { facts: claim.edgeIds.map(function (id) { return id.slice(2); }) }),
        ['sources', 'date', 'date_start', 'date_end', 'disputes']),
      ns.evidence.disputedBadge(claim, actions.compare || function () {}),
      sourcesHeading(claim)
    ].concat(claim.sources.map(function (s) { return sourceBlock(s, actions.onlyReport); }), after));
  }

  /** Shows a titled list of claims, each with its quotes (a matrix cell or header, a path, a timeline pick). */
  function showClaimList(panel, title, claims, actions) {
    fill(panel, [el('h2', null, [title + ' (' + ns.dom.plural(claims.length, 'claim', 'claims') + ')'])].concat(claims.length ? claims.map(function (claim) {
      return el('div', { className: 'report-claim' }, [
        link(claim.when + ' · ' + claim.fromName + ' ' + claim.type + ' ' + claim.toName, function () { actions.pickClaim(claim); }),
        actions.compare ? ns.evidence.disputedBadge(claim, actions.compare) : null,
        claim.about ? el('div', { className: 'hint' }, [claim.about]) : null,
        el('div', null, claim.sources.map(function (s) { return ns.evidence.quote(s); }))
      ]);
    }) : [el('p', { className: 'hint' }, ['Nothing matches the filters.'])]));
  }

  /** Disputed claims side by side: one column per account, each with its date, outlets and quotes. */
  function showSideBySide(panel, claims, actions) {
    fill(panel, [
      el('h2', null, ['Disputed: ' + claims.length + ' accounts side by side']),
      el('div', { className: 'side-by-side' }, claims.map(function (claim) {
        return el('section', { className: 'account' }, [
          el('h3', null, [link(claim.fromName + ' ' + claim.type + ' ' + claim.toName, function () { actions.pickClaim(claim); })]),
          el('div', { className: 'when' }, [claim.when + precisionNote(claim)]),
          claim.about ? el('div', { className: 'hint' }, [claim.about]) : null,
          el('div', null, claim.sources.map(function (s) { return ns.evidence.quote(s); }))
        ]);
      }))
    ]);
  }

  ns.details = { hint: hint, showNode: showNode, showClaim: showClaim, showClaimList: showClaimList, showSideBySide: showSideBySide, link: link };
})(window.GraphBuilderView = window.GraphBuilderView || {});
