// Applies the server's change sets to a model built by model.js, in place and with work
// proportional to the change (see patch); what only a whole build computes is left to a rebuild
// from the page's own copy of the graph (graphOf), which the change sets keep up to date.
(function (ns) {
  'use strict';

  var text = ns.dom.text;
  var compare = ns.model.compare;
  var precisionOf = ns.model.precisionOf;
  var outletsOf = ns.model.outletsOf;
  var m = ns.model.parts;
  var labelOf = m.labelOf, citedIds = m.citedIds, nodeData = m.nodeData, edgeData = m.edgeData, addToClaim = m.addToClaim;
  var byClaimOrder = m.byClaimOrder, recount = m.recount, startsOnly = m.startsOnly, sinceGroup = m.sinceGroup;
  var sinceDisputes = m.sinceDisputes, disputing = m.disputing;

  function each(list, action) { (Array.isArray(list) ? list : []).forEach(action); }

  /** The page's copy of the graph as the export shape, in id order (as the server sends it). */
  function graphOf(model) {
    var byId = function (a, b) { return compare(text(a.id), text(b.id)); };
    return { nodes: Array.from(model.rawNodes.values()).sort(byId), relationships: Array.from(model.rawRels.values()).sort(byId) };
  }

  /** Records a change set in the page's copy of the graph: removals first, then nodes, then relationships. */
  function record(model, change) {
    each(change.removedRelationships, function (id) { model.rawRels.delete(text(id)); });
    each(change.removedNodes, function (id) { model.rawNodes.delete(text(id)); });
    each(change.addedNodes, function (n) { model.rawNodes.set(text(n.id), n); });
    each(change.changedNodes, function (n) { model.rawNodes.set(text(n.id), n); });
    each(change.addedRelationships, function (r) { model.rawRels.set(text(r.id), r); });
    each(change.changedRelationships, function (r) { model.rawRels.set(text(r.id), r); });
  }

  function edgeById(model, gid) {
    var at = model.elementAt.get('r:' + gid);
    return at === undefined ? null : model.elements[at].data;
  }

  /**
   * Whether a change set stays within what patch() updates in place: no new or vanishing label
   * or type, no report gained or lost, no claim linked by `disputes` (links reach across the
   * graph) and no "speaks for" link added, removed or moved. Claims only "since" a date are
   * patched: their disagreements are recomputed within their relationship.
   */
  function patchable(model, change) {
    var removedRels = new Set((change.removedRelationships || []).map(text));
    var removedNodes = new Set((change.removedNodes || []).map(text));
    var labels = new Map(model.labelCounts), types = new Map(model.typeCounts), cited = new Map(model.citedCount);
    var bump = function (map, key, by) { map.set(key, (map.get(key) || 0) + by); };
    var ok = true;
    // Who speaks for whom follows only the type and ends of "speaks for" links: an edit that keeps them keeps it.
    var speakers = { before: [], after: [] };
    var groups = new Set(); // "since" groups the change touches: none may hold a claim linked by `disputes`
    var speaker = function (list, type, start, end) { if (model.speaksFor.has(type)) list.push(type + '|' + start + '|' + end); };
    var oldRel = function (gid) {
      var data = edgeById(model, gid);
      if (!data) return;
      var claim = data.claim && model.claimByKey.get(data.claim);
      speaker(speakers.before, data.type, data.source.slice(2), data.target.slice(2));
      if (disputing(data.props) || (claim && model.disputeLinked.has(claim.id))) ok = false;
      if (claim && startsOnly(claim)) groups.add(sinceGroup(claim.type, claim.from, claim.to));
      bump(types, data.type, -1);
      data.sourceIds.forEach(function (id) { bump(cited, id, -1); });
    };
    var oldNode = function (gid) {
      var data = model.nodeById.get(gid);
      if (!data) return;
      if (data.isSource) ok = false;
      bump(labels, data.label, -1);
    };
    removedRels.forEach(oldRel);
    removedNodes.forEach(oldNode);
    // An upsert replaces what the model holds under its id (a change the first load already held is applied again harmlessly).
    each([].concat(change.addedNodes || [], change.changedNodes || []), function (n) { if (!removedNodes.has(text(n.id))) oldNode(text(n.id)); });
    each([].concat(change.addedRelationships || [], change.changedRelationships || []), function (r) { if (!removedRels.has(text(r.id))) oldRel(text(r.id)); });
    var newNodes = new Map();
    each(change.addedNodes, function (n) { newNodes.set(text(n.id), n); });
    each(change.changedNodes, function (n) { newNodes.set(text(n.id), n); });
    newNodes.forEach(function (n) {
      if (!model.labelStyle.has(labelOf(n))) ok = false;
      bump(labels, labelOf(n), 1);
    });
    var exists = function (gid) { return newNodes.has(gid) || (model.nodeById.has(gid) && !removedNodes.has(gid)); };
    each([].concat(change.addedRelationships || [], change.changedRelationships || []), function (r) {
      var type = text(r.type);
      var props = r.properties || {};
      speaker(speakers.after, type, text(r.start), text(r.end));
      if (!model.typeStyle.has(type) || disputing(props) || !exists(text(r.start)) || !exists(text(r.end))) ok = false;
      if (precisionOf(props) === 'open' && props.date_start && !props.date_end) groups.add(sinceGroup(type, text(r.start), text(r.end)));
      bump(types, type, 1);
      citedIds(r).forEach(function (id) { bump(cited, id, 1); });
    });
    if (speakers.before.sort().join('\n') !== speakers.after.sort().join('\n')) ok = false;
    if (groups.size && model.claims.some(function (c) { return model.disputeLinked.has(c.id) && groups.has(sinceGroup(c.type, c.from, c.to)); })) ok = false;
    labels.forEach(function (count) { if (count <= 0) ok = false; });
    types.forEach(function (count) { if (count <= 0) ok = false; });
    // A node becomes or stops being a report only when its citations go from none to some or back.
    cited.forEach(function (count, id) {
      var was = model.citedCount.has(id), is = count > 0;
      if (was !== is && (model.nodeById.has(id) || newNodes.has(id))) ok = false;
    });
    newNodes.forEach(function (n, gid) { if (cited.get(gid) > 0) ok = false; });
    // A removed node's relationships go with it (the store's diff removes them too); any left would dangle.
    if (removedNodes.size) {
      model.elements.forEach(function (e) {
        if (e.group === 'edges' && !removedRels.has(e.data.gid) && (removedNodes.has(e.data.source.slice(2)) || removedNodes.has(e.data.target.slice(2)))) ok = false;
      });
    }
    return ok ? { cited: cited, groups: groups } : null;
  }

  function indexElements(model) {
    model.elementAt = new Map();
    model.elements.forEach(function (e, i) { model.elementAt.set(e.data.id, i); });
  }

  function dropClaim(model, claim) {
    model.claimByKey.delete(claim.id);
    model.claimCounts.set(claim.type, model.claimCounts.get(claim.type) - 1);
    model.nodeById.get(claim.from).claims--;
    if (claim.to !== claim.from) model.nodeById.get(claim.to).claims--;
  }

  /** Where a claim goes in the sorted list (binary search on the claims' order). */
  function claimIndex(claims, claim) {
    var lo = 0, hi = claims.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (byClaimOrder(claims[mid], claim) < 0) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /**
   * Applies a change set from the server ({addedNodes, changedNodes, removedNodes: [id],
   * addedRelationships, changedRelationships, removedRelationships: [id]}, elements in the export
   * shape) to the model in place, with work proportional to the change: the touched elements, their
   * claims, and the entities at their ends. Returns what to redraw ({nodes: [gid], edges: [id],
   * claims: [claim id taken apart, and rebuilt unless gone], removed: [cytoscape id]}), or null when the change reaches what only a whole build computes
   * (see patchable); the page's copy of the graph is updated either way, so build(graphOf(model))
   * then gives the new model without fetching anything.
   */
  function patch(model, change) {
    if (!model.elementAt) indexElements(model);
    var check = patchable(model, change);
    record(model, change);
    if (!check) return null;
    var touchedNodes = new Set(), touchedEdges = [], claimKeys = new Set();
    // Elements leaving the model; one added again under its id takes its old slot, so a changed element costs no reindexing.
    var gone = new Set();
    var dropEdge = function (gid) {
      var data = edgeById(model, gid);
      if (!data || gone.has(data.id)) return;
      gone.add(data.id);
      model.typeCounts.set(data.type, model.typeCounts.get(data.type) - 1);
      if (data.claim) claimKeys.add(data.claim);
    };
    each(change.removedRelationships, function (id) { dropEdge(text(id)); });
    each(change.changedRelationships, function (r) { dropEdge(text(r.id)); });
    each(change.addedRelationships, function (r) { dropEdge(text(r.id)); });
    each(change.removedNodes, function (id) {
      var data = model.nodeById.get(text(id));
      if (!data) return;
      gone.add(data.id);
      model.nodeById.delete(data.gid);
      model.labelCounts.set(data.label, model.labelCounts.get(data.label) - 1);
    });
    model.citedCount = new Map(Array.from(check.cited).filter(function (kv) { return kv[1] > 0; }));
    var put = function (element) {
      var at = model.elementAt.get(element.data.id);
      if (at !== undefined && gone.has(element.data.id)) {
        model.elements[at] = element;
        gone.delete(element.data.id);
      } else {
        model.elementAt.set(element.data.id, model.elements.length);
        model.elements.push(element);
      }
    };
    // The claims the change touches are taken apart and rebuilt from their edges as they now stand.
    var rebuilt = new Map();
    var dropped = [];
    var takeApart = function (key) {
      var claim = model.claimByKey.get(key);
      if (!claim) return;
      dropClaim(model, claim);
      dropped.push(claim);
      rebuilt.set(key, claim.edgeIds.filter(function (id) { return !gone.has(id); }).map(function (id) { return model.elements[model.elementAt.get(id)].data; }));
    };
    claimKeys.forEach(takeApart);
    var upsertNode = function (n, isNew) {
      var fresh = nodeData(model, n);
      var held = model.nodeById.get(fresh.gid);
      if (held && !isNew) {
        fresh.claims = held.claims;
        Object.assign(held, fresh);
      } else {
        model.nodeById.set(fresh.gid, fresh);
        put({ group: 'nodes', data: fresh });
        model.labelCounts.set(fresh.label, (model.labelCounts.get(fresh.label) || 0) + 1);
      }
      touchedNodes.add(fresh.gid);
    };
    each(change.addedNodes, function (n) { upsertNode(n, !model.nodeById.has(text(n.id))); });
    each(change.changedNodes, function (n) { upsertNode(n, false); });
    var seen = new Set();
    each([].concat(change.addedRelationships || [], change.changedRelationships || []), function (r) {
      var data = edgeData(model, r);
      if (seen.has(data.id)) return; // an id listed twice is applied once
      seen.add(data.id);
      data.disputed = false; // patchable() lets no dispute through
      put({ group: 'edges', data: data });
      model.typeCounts.set(data.type, model.typeCounts.get(data.type) + 1);
      touchedEdges.push(data.id);
      if (!data.claim) return;
      if (!rebuilt.has(data.claim)) takeApart(data.claim); // joins a claim (same statement) the change did not touch yet
      rebuilt.set(data.claim, (rebuilt.get(data.claim) || []).concat([data]));
    });
    dropped.forEach(function (claim) {
      // Found by binary search on the claims' order and spliced out: no pass over every claim, no copy to collect.
      var at = claimIndex(model.claims, claim);
      if (model.claims[at] === claim) model.claims.splice(at, 1);
      else model.claims = model.claims.filter(function (c) { return c !== claim; });
    });
    rebuilt.forEach(function (edges) {
      var claim = null;
      edges.sort(function (a, b) { return compare(a.gid, b.gid); }).forEach(function (data) {
        claim = addToClaim(model, data) || claim;
        data.disputed = false;
        if (touchedEdges.indexOf(data.id) < 0) touchedEdges.push(data.id);
      });
      if (!claim) return;
      claim.outlets = outletsOf(claim.sources);
      model.claimCounts.set(claim.type, (model.claimCounts.get(claim.type) || 0) + 1);
      model.claims.splice(claimIndex(model.claims, claim), 0, claim);
      touchedNodes.add(claim.from);
      touchedNodes.add(claim.to);
    });
    // Claims only "since" a date in the touched groups disagree afresh (no linked dispute is among them: see patchable).
    if (check.groups.size) {
      var members = model.claims.filter(function (c) { return startsOnly(c) && check.groups.has(sinceGroup(c.type, c.from, c.to)); });
      members.forEach(function (c) { c.disputes = []; });
      sinceDisputes(members);
      members.forEach(function (c) {
        c.edgeIds.forEach(function (id) {
          model.elements[model.elementAt.get(id)].data.disputed = c.disputes.length > 0;
          if (touchedEdges.indexOf(id) < 0) touchedEdges.push(id);
        });
      });
    }
    // A renamed entity's claims show its new name.
    each(change.changedNodes, function (n) {
      var data = model.nodeById.get(text(n.id));
      model.claims.forEach(function (c) {
        if (c.from === data.gid) c.fromName = data.name;
        if (c.to === data.gid) c.toName = data.name;
      });
    });
    var removed = Array.from(gone);
    if (gone.size) {
      model.elements = model.elements.filter(function (e) { return !gone.has(e.data.id); });
      indexElements(model);
    }
    recount(model);
    return { nodes: Array.from(touchedNodes), edges: touchedEdges, claims: Array.from(rebuilt.keys()), removed: removed };
  }

  ns.model.patch = patch;
  ns.model.graphOf = graphOf;
})(window.GraphBuilderView = window.GraphBuilderView || {});
