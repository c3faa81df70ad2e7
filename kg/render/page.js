/* diplomacy-kg page: filters, navigation and labels over vis-network.
 *
 * Everything visible is derived from one state object by applyFilters(), so
 * the switches, the country view, the document panel and the date range
 * combine instead of fighting over the `hidden` flags.  Labels are drawn by
 * drawLabels() after vis-network draws the graph: biggest nodes first, only
 * where they fit at the current zoom, the hovered node's always.
 */
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var meta = data.meta;
  window.kgData = data;
  var curLang = meta.lang;
  var allEdges = data.edges.concat(data.collapsed || []);
  var docs = data.docs || [];
  var days = meta.days || [];
  var nodeById = {}, edgeById = {}, adj = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; adj[n.id] = []; });
  allEdges.forEach(function (e) {
    edgeById[e.id] = e;
    adj[e.f].push(e);
    adj[e.t].push(e);
  });

  // ---------------------------------------------------------------- helpers
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function firstValue(obj) {
    for (var k in obj) if (Object.prototype.hasOwnProperty.call(obj, k) && obj[k]) return obj[k];
    return null;
  }
  function labelOf(n, lang) {
    var l = n.l || {};
    return l[lang] || l.kk || l[''] || firstValue(l) || n.id;
  }
  function classInfo(key) { return meta.classes[key] || {kk: key, en: key, color: '#888', shape: 'dot'}; }
  function isEvent(n) { return !!(n && classInfo(n.c).event); }
  function relInfo(key) {
    if (meta.relations[key]) return meta.relations[key];
    var ci = meta.classes[key];  // a collapsed event: its class names the edge
    return ci ? {kk: ci.kk, en: ci.en, color: ci.color, sym: true} : {kk: key, en: key, color: '#888', sym: false};
  }
  function other(e, id) { return e.f === id ? e.t : e.f; }
  function docText(i) {
    var d = docs[i];
    return d ? d.id + (d.t ? ' — ' + d.t : '') + (d.d ? ' (' + d.d + ')' : '') : '';
  }
  function section(parent, title, count) {
    var s = el('div', 'tip-sec');
    s.appendChild(el('b', null, title));
    if (count !== undefined) s.appendChild(document.createTextNode(' (' + count + ')'));
    parent.appendChild(s);
    return s;
  }
  function link(text, onClick) {
    var a = el('span', 'link', text);
    a.setAttribute('role', 'button');
    a.addEventListener('click', onClick);
    return a;
  }

  // ------------------------------------------------------- tooltip builders
  function nodeContent(n, full) {
    var box = el('div', 'tip');
    var ci = classInfo(n.c);
    box.appendChild(el('div', 'tip-title', labelOf(n, curLang)));
    var when = n.date ? ' · ' + n.date + (n.end ? ' – ' + n.end : '') : '';
    box.appendChild(el('div', 'tip-sub', ci.kk + ' · ' + ci.en + when + (n.st ? ' · ' + n.st : '') +
                                          ' · байланыс/degree ' + (n.deg || 0)));
    box.appendChild(el('div', 'tip-id', n.id));
    var others = [];
    Object.keys(n.l || {}).sort().forEach(function (k) {
      var v = n.l[k];
      if (v && v !== labelOf(n, curLang)) others.push((k ? k + ': ' : '') + v);
    });
    if (others.length) section(box, 'Атаулары / labels: ').appendChild(document.createTextNode(others.join(' · ')));
    if (n.a && n.a.length) section(box, 'Балама атаулар / aliases: ').appendChild(document.createTextNode(n.a.join('; ')));
    if (full) relationsOf(box, n);
    var ds = n.d || [];
    if (ds.length) {
      var sd = section(box, 'Құжаттар / documents', n.nd || ds.length);
      var ul = el('ul', 'tip-list');
      var lim = full ? ds.length : Math.min(ds.length, 8);
      for (var i = 0; i < lim; i++) {
        var li = el('li', null, ds[i][0]);
        if (ds[i][1]) li.appendChild(el('span', 'muted', ' — ' + ds[i][1]));
        if (ds[i][2]) li.appendChild(el('span', 'muted', ' (' + ds[i][2] + ')'));
        ul.appendChild(li);
      }
      sd.appendChild(ul);
      var more = (n.nd || ds.length) - lim;
      if (more > 0) sd.appendChild(el('div', 'tip-more', '… және тағы ' + more + ' / ' + more + ' more'));
    }
    return box;
  }

  // The node's visible neighbours, by relation, each a link that moves there.
  function relationsOf(box, n) {
    var byRel = {};
    adj[n.id].forEach(function (e) {
      if (!visibleEdge[e.id]) return;
      (byRel[e.r] = byRel[e.r] || []).push(other(e, n.id));
    });
    var keys = Object.keys(byRel).sort();
    if (!keys.length) return;
    var s = section(box, 'Байланыстар / relations');
    keys.forEach(function (r) {
      var row = el('div', 'chips');
      row.appendChild(el('span', 'muted', r + ':'));
      byRel[r].forEach(function (id) {
        row.appendChild(link(labelOf(nodeById[id], curLang), function () { focusNode(id); }));
      });
      s.appendChild(row);
    });
  }

  function edgeContent(e, full) {
    var box = el('div', 'tip');
    var ri = relInfo(e.r);
    var a = nodeById[e.f], b = nodeById[e.t];
    box.appendChild(el('div', 'tip-title', labelOf(a, curLang) + (ri.sym ? ' — ' : ' → ') + labelOf(b, curLang)));
    var sub = (e.via ? ri.kk + ' · ' + ri.en + ' · ' + labelOf(nodeById[e.via], curLang)
                     : e.r + ' · ' + ri.kk + (ri.sym ? ' · симметриялы / symmetric' : ''));
    if (e.dt && e.dt.length) sub += ' · ' + e.dt.join(', ').replace(/\//g, ' – ');
    box.appendChild(el('div', 'tip-sub', sub));
    var ev = e.ev || [];
    if (!ev.length) {
      box.appendChild(el('div', 'muted', 'Дәлел сөйлем жоқ / no evidence statement'));
      return box;
    }
    var s = section(box, 'Дәлелдер / evidence', e.ne || ev.length);
    var ol = el('ol', 'tip-list');
    var lim = full ? ev.length : Math.min(ev.length, 4);
    for (var i = 0; i < lim; i++) {
      var it = ev[i], li = el('li'), bits = [];
      if (it[0]) li.appendChild(el('p', 'ev', '«' + it[0] + '»'));
      if (it[1]) bits.push('құжат/doc: ' + (full ? it[1].split(', ').map(function (id) {
        return docIndex[id] === undefined ? id : docText(docIndex[id]);
      }).join('; ') : it[1]));
      if (it[2]) bits.push('экстрактор: ' + it[2]);
      if (it[3]) bits.push(it[3]);
      if (bits.length) li.appendChild(el('div', 'ev-meta', bits.join(' · ')));
      ol.appendChild(li);
    }
    s.appendChild(ol);
    var more = (e.ne || ev.length) - lim;
    if (more > 0) s.appendChild(el('div', 'tip-more', '… және тағы ' + more + ' / ' + more + ' more'));
    return box;
  }

  // ------------------------------------------------------------ vis items
  var DIM_NODE = {background: 'rgba(222,226,230,0.55)', border: 'rgba(200,206,212,0.6)',
                  highlight: {background: 'rgba(222,226,230,0.9)', border: '#9aa3ab'},
                  hover: {background: 'rgba(222,226,230,0.9)', border: '#9aa3ab'}};
  var DIM_EDGE = {color: '#e4e7ea', highlight: '#e4e7ea', hover: '#e4e7ea', opacity: 0.45};
  var FONT = '"Segoe UI", "Noto Sans", "DejaVu Sans", Roboto, Arial, sans-serif';

  function shade(hex, f) {
    var n = parseInt(hex.slice(1), 16);
    var r = Math.round(((n >> 16) & 255) * f), g = Math.round(((n >> 8) & 255) * f), b = Math.round((n & 255) * f);
    return '#' + ((1 << 24) + (r << 16) + (g << 8) + b).toString(16).slice(1);
  }
  function nodeColor(c) {
    return {background: c, border: shade(c, 0.7),
            highlight: {background: c, border: '#111111'}, hover: {background: c, border: '#111111'}};
  }
  function edgeColor(c) { return {color: c, highlight: c, hover: c, opacity: 0.85}; }

  var baseNodeColor = {}, baseEdgeColor = {};
  var visNodes = data.nodes.map(function (n) {
    var ci = classInfo(n.c);
    baseNodeColor[n.id] = nodeColor(ci.color);
    var item = {
      id: n.id, cls: n.c, kgLabel: labelOf(n, curLang), shape: ci.shape, hidden: true,
      size: Math.min(40, 8 + 3.5 * Math.sqrt(n.deg || 0)), color: baseNodeColor[n.id],
      title: nodeContent(n, false)
    };
    if (typeof n.x === 'number') { item.x = n.x; item.y = n.y; }
    if (n.iso) item.physics = false;  // unconnected nodes never join the simulation
    return item;
  });
  var visEdges = allEdges.map(function (e) {
    var ri = relInfo(e.r);
    baseEdgeColor[e.id] = edgeColor(ri.color);
    return {
      id: e.id, from: e.f, to: e.t, rel: e.r, sym: !!ri.sym, hidden: true, collapsed: !!e.via,
      arrows: {to: {enabled: !ri.sym, scaleFactor: 0.55}}, dashes: !!e.via,
      color: baseEdgeColor[e.id], width: 1 + Math.min(3.5, Math.log2(1 + (e.ne || 0))),
      physics: !e.via, title: edgeContent(e, false)
    };
  });

  var kgNodes = new vis.DataSet(visNodes);
  var kgEdges = new vis.DataSet(visEdges);
  window.kgNodes = kgNodes;
  window.kgEdges = kgEdges;

  var big = !meta.physics;
  var options = {
    autoResize: true,
    nodes: {borderWidth: 1, borderWidthSelected: 3},
    edges: {smooth: big ? false : {enabled: true, type: 'continuous', roundness: 0.25},
            selectionWidth: 1.5, hoverWidth: 0.8},
    physics: big ? false : {
      enabled: true, solver: 'barnesHut',
      barnesHut: {gravitationalConstant: -6000, centralGravity: 0.3, springLength: 150,
                  springConstant: 0.04, damping: 0.35, avoidOverlap: 0.35},
      maxVelocity: 60, minVelocity: 0.75,
      stabilization: {enabled: true, iterations: 600, updateInterval: 25, fit: true}
    },
    interaction: {hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                  multiselect: false, navigationButtons: false, keyboard: false},
    layout: {improvedLayout: !big && data.nodes.length <= 150, randomSeed: 7}
  };

  // ------------------------------------------------------------ the state
  var state = {classOn: {}, relOn: {}, isolates: false, collapse: false, doc: null,
               from: 0, to: Math.max(0, days.length - 1), country: null};
  var visibleNode = {}, visibleEdge = {}, focusSet = null;
  var docIndex = {};
  docs.forEach(function (d, i) { docIndex[d.id] = i; });

  function dateActive() { return days.length > 0 && (state.from > 0 || state.to < days.length - 1); }
  function spanOverlaps(span, lo, hi) {
    var parts = span.split('/'), a = parts[0], b = parts[1] || parts[0];
    return a <= hi && b >= lo;
  }
  function edgeDateOk(e) {
    if (!dateActive()) return true;
    var lo = days[state.from], hi = days[state.to];
    return !!(e.dt && e.dt.some(function (s) { return spanOverlaps(s, lo, hi); }));
  }
  function nodeDateOk(n) {
    if (!dateActive() || !isEvent(n)) return true;
    return !!n.date && spanOverlaps(n.date + (n.end ? '/' + n.end : ''), days[state.from], days[state.to]);
  }
  function narrowed() { return state.doc !== null || dateActive() || state.country !== null; }

  function edgeShown(e) {
    var a = nodeById[e.f], b = nodeById[e.t];
    if (!!e.via && !state.collapse) return false;
    if (e.via ? state.classOn[e.r] === false : state.relOn[e.r] === false) return false;
    if (state.classOn[a.c] === false || state.classOn[b.c] === false) return false;
    if (state.collapse && (isEvent(a) || isEvent(b))) return false;
    if (state.doc !== null && !(e.ds && e.ds.indexOf(state.doc) >= 0)) return false;
    if (focusSet && !focusSet.edges[e.id]) return false;
    return edgeDateOk(e);
  }
  function nodeShown(n, hasEdge) {
    if (state.classOn[n.c] === false) return false;
    if (state.collapse && isEvent(n)) return false;
    if (!nodeDateOk(n)) return false;
    if (hasEdge) return true;
    if (n.id === state.country) return true;
    return !!n.iso && state.isolates && !narrowed();
  }

  function checkedValues(selector) {
    var on = {};
    document.querySelectorAll(selector).forEach(function (cb) { on[cb.value] = cb.checked; });
    return on;
  }
  var shownCounts = {nodes: 0, edges: 0};
  function applyFilters() {
    state.classOn = checkedValues('.kg-class-filter');
    state.relOn = checkedValues('.kg-rel-filter');
    focusSet = state.country ? countryFocus(state.country) : null;
    var hasEdge = {}, eu = [], nu = [], ne = 0, nn = 0;
    allEdges.forEach(function (e) {
      var on = edgeShown(e);
      if (on) { hasEdge[e.f] = hasEdge[e.t] = true; }
      if (on !== !!visibleEdge[e.id]) eu.push({id: e.id, hidden: !on});
      visibleEdge[e.id] = on;
    });
    data.nodes.forEach(function (n) {
      var on = nodeShown(n, !!hasEdge[n.id]);
      if (on) nn++;
      if (on !== !!visibleNode[n.id] || !initialised) nu.push({id: n.id, hidden: !on});
      visibleNode[n.id] = on;
    });
    allEdges.forEach(function (e) {  // an edge is drawn only between drawn nodes
      if (visibleEdge[e.id] && !(visibleNode[e.f] && visibleNode[e.t])) {
        visibleEdge[e.id] = false;
        eu.push({id: e.id, hidden: true});
      }
      if (visibleEdge[e.id]) ne++;
    });
    kgNodes.update(nu);
    kgEdges.update(eu);
    initialised = true;
    shownCounts = {nodes: nn, edges: ne};
    document.getElementById('kg-stats').textContent =
      nn + ' түйін · ' + ne + ' байланыс (барлығы ' + meta.totalNodes + ' / ' + meta.totalEdges + ')';
    if (highlighted !== null) highlight(highlighted);
  }
  var initialised = false;
  window.kgApplyFilters = applyFilters;
  window.kgVisibleCounts = function () { return {nodes: shownCounts.nodes, edges: shownCounts.edges}; };
  window.kgVisibleIds = function () { return Object.keys(visibleNode).filter(function (id) { return visibleNode[id]; }); };
  function visibleIds() { return window.kgVisibleIds(); }

  // ----------------------------------------------------------- highlight
  var highlighted = null, keepNode = null;
  function highlight(id) {
    highlighted = id;
    keepNode = {};
    keepNode[id] = true;
    var keepE = {};
    adj[id].forEach(function (e) {
      if (visibleEdge[e.id]) { keepE[e.id] = true; keepNode[other(e, id)] = true; }
    });
    kgNodes.update(data.nodes.map(function (n) {
      return {id: n.id, color: keepNode[n.id] ? baseNodeColor[n.id] : DIM_NODE};
    }));
    kgEdges.update(allEdges.map(function (e) {
      return {id: e.id, color: keepE[e.id] ? baseEdgeColor[e.id] : DIM_EDGE};
    }));
  }
  function clearHighlight() {
    if (highlighted === null) return;
    highlighted = null;
    keepNode = null;
    kgNodes.update(data.nodes.map(function (n) { return {id: n.id, color: baseNodeColor[n.id]}; }));
    kgEdges.update(allEdges.map(function (e) { return {id: e.id, color: baseEdgeColor[e.id]}; }));
  }
  window.kgHighlight = highlight;
  window.kgClearHighlight = clearHighlight;

  // ---------------------------------------------------------------- labels
  var measurer = document.createElement('canvas').getContext('2d');
  measurer.font = '100px ' + FONT;
  var widthCache = {};
  function textWidth(text, px) {
    if (widthCache[text] === undefined) widthCache[text] = measurer.measureText(text).width;
    return widthCache[text] * px / 100;
  }
  var labelOrder = data.nodes.map(function (n) { return n.id; }).sort(function (a, b) {
    var na = nodeById[a], nb = nodeById[b];  // entities before events, whose labels are long
    return isEvent(na) - isEvent(nb) || (nb.deg || 0) - (na.deg || 0) ||
           labelOf(na, curLang).length - labelOf(nb, curLang).length || (a < b ? -1 : 1);
  });
  function fontPx(n) { return 12 + Math.min(4, Math.sqrt(n.deg || 0)); }
  var hovered = null, CELL = 64;
  function boxCells(b) {
    var out = [];
    for (var cx = Math.floor(b[0] / CELL); cx <= Math.floor(b[2] / CELL); cx++)
      for (var cy = Math.floor(b[1] / CELL); cy <= Math.floor(b[3] / CELL); cy++) out.push(cx + ',' + cy);
    return out;
  }
  function collides(grid, b) {
    var cells = boxCells(b);
    for (var i = 0; i < cells.length; i++) {
      var list = grid[cells[i]];
      if (!list) continue;
      for (var j = 0; j < list.length; j++) {
        var o = list[j];
        if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) return true;
      }
    }
    return false;
  }
  function insert(grid, b) { boxCells(b).forEach(function (c) { (grid[c] = grid[c] || []).push(b); }); }

  // Labels that fit, most connected first; the hovered and selected node's always.
  function drawLabels(ctx) {
    var scale = network.getScale(), bodyNodes = network.body.nodes;
    var h = container.clientHeight, tl = network.DOMtoCanvas({x: 0, y: 0});
    var w = container.clientWidth - (details.childNodes.length ? details.offsetWidth + 20 : 0);
    var grid = {}, drawn = [], boxes = [], selected = network.getSelectedNodes();
    var order = labelOrder;
    var forced = {};
    if (hovered) forced[hovered] = true;
    selected.forEach(function (id) { forced[id] = true; });
    if (keepNode) order = Object.keys(keepNode).concat(labelOrder.filter(function (id) { return !keepNode[id]; }));
    order = Object.keys(forced).concat(order.filter(function (id) { return !forced[id]; }));
    order.forEach(function (id) {  // node shapes are obstacles for labels
      var vn = bodyNodes[id];
      if (!vn || !visibleNode[id]) return;
      var sx = (vn.x - tl.x) * scale, sy = (vn.y - tl.y) * scale, r = vn.options.size * scale;
      if (sx < -50 || sy < -50 || sx > w + 50 || sy > h + 50) return;
      insert(grid, [sx - r, sy - r, sx + r, sy + r, id, true]);
    });
    ctx.save();
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    ctx.lineJoin = 'round';
    var rank = 0;
    order.forEach(function (id) {
      var vn = bodyNodes[id], n = nodeById[id];
      if (!vn || !visibleNode[id]) return;
      if (keepNode && !keepNode[id] && !forced[id]) return;
      var sx = (vn.x - tl.x) * scale, sy = (vn.y - tl.y) * scale, r = vn.options.size * scale;
      if (sx < 0 || sy < 0 || sx > w || sy > h) return;
      rank++;
      var text = labelOf(n, curLang), px = fontPx(n), tw = textWidth(text, px);
      var b = placeLabel(grid, id, sx, sy, r, tw, px, w, h, !!forced[id], rank <= HUBS);
      if (!b) return;
      insert(grid, b);
      drawn.push(id);
      boxes.push(b.slice(0, 4));
      ctx.font = (px / scale) + 'px ' + FONT;
      ctx.lineWidth = 3 / scale;
      ctx.strokeStyle = 'rgba(255,255,255,0.92)';
      ctx.fillStyle = '#1d2329';
      var cx = tl.x + (b[0] + b[2]) / 2 / scale, cy = tl.y + (b[1] + 1.5) / scale;
      ctx.strokeText(text, cx, cy);
      ctx.fillText(text, cx, cy);
    });
    ctx.restore();
    window.kgLabelsDrawn = drawn;
    window.kgLabelBoxes = boxes;
  }
  // The first label box that fits: below, above, right or left of the node.
  // Hubs may cover other nodes' shapes (never other labels) rather than go unnamed.
  var HUBS = 8;
  function placeLabel(grid, id, sx, sy, r, tw, px, w, h, forced, hub) {
    var hh = px + 3, cands = [
      [sx - tw / 2 - 2, sy + r + 1], [sx - tw / 2 - 2, sy - r - hh - 1],
      [sx + r + 3, sy - hh / 2], [sx - r - tw - 7, sy - hh / 2]];
    var boxes = cands.map(function (c) { return [c[0], c[1], c[0] + tw + 4, c[1] + hh, id]; });
    if (forced) return boxes[0];
    var inside = boxes.filter(function (b) { return b[0] >= 0 && b[1] >= 0 && b[2] <= w && b[3] <= h; });
    for (var i = 0; i < inside.length; i++) if (!collidesOthers(grid, inside[i], id, false)) return inside[i];
    if (hub) for (i = 0; i < inside.length; i++) if (!collidesOthers(grid, inside[i], id, true)) return inside[i];
    return null;
  }
  // The label's own node is no obstacle to it; with labelsOnly, no node shape is.
  function collidesOthers(grid, b, id, labelsOnly) {
    var cells = boxCells(b);
    for (var i = 0; i < cells.length; i++) {
      var list = grid[cells[i]] || [];
      for (var j = 0; j < list.length; j++) {
        var o = list[j];
        if (o[4] === id || (labelsOnly && o[5])) continue;
        if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) return true;
      }
    }
    return false;
  }
  window.kgCollides = collides;

  // --------------------------------------------------------------- network
  var container = document.getElementById('kg-network');
  var details = document.getElementById('kg-details');
  var progress = document.getElementById('kg-progress');
  if (!data.nodes.length) {
    var empty = el('div', null, 'Граф бос / the graph is empty');
    empty.id = 'kg-empty';
    container.parentNode.appendChild(empty);
  }
  applyFilters();
  var network = new vis.Network(container, {nodes: kgNodes, edges: kgEdges}, options);
  window.kgNetwork = network;
  network.on('afterDrawing', drawLabels);
  network.on('hoverNode', function (p) { hovered = p.node; network.redraw(); });
  network.on('blurNode', function () { hovered = null; network.redraw(); });

  // Fit the visible nodes into the part of the canvas the details panel leaves free.
  function fitVisible(animate) {
    var ids = visibleIds();
    if (!ids.length) return;
    var pos = network.getPositions(ids), x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    ids.forEach(function (id) {
      var p = pos[id];
      x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    });
    var w = container.clientWidth, h = container.clientHeight;
    var panel = details.childNodes.length ? details.offsetWidth + 20 : 0;
    var free = Math.max(200, w - panel);
    var scale = Math.min(1.5, 0.88 * Math.min(free / Math.max(1, x1 - x0 + 120), h / Math.max(1, y1 - y0 + 80)));
    var centre = {x: (x0 + x1) / 2 + (panel / 2) / scale, y: (y0 + y1) / 2};
    network.moveTo({position: centre, scale: scale, animation: animate ? {duration: 300} : false});
  }
  function markReady() {
    if (window.kgReady) return;
    window.kgReadyMs = Math.round(performance.now());
    window.kgReady = true;
    document.body.setAttribute('data-kg-ready', '1');
    progress.classList.add('done');
  }
  // Physics pages: unconnected nodes wait in rows under the settled layout.
  function placeIsolates() {
    var pos = network.getPositions(), minX = Infinity, maxX = -Infinity, maxY = -Infinity, lonely = [];
    data.nodes.forEach(function (n) {
      if (n.iso) { lonely.push(n.id); return; }
      var p = pos[n.id];
      minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
    });
    if (!isFinite(minX)) { minX = 0; maxX = 600; maxY = 0; }
    var cols = Math.max(1, Math.floor((maxX - minX) / 150) + 1);
    lonely.forEach(function (id, j) { network.moveNode(id, minX + (j % cols) * 150, maxY + 140 + Math.floor(j / cols) * 46); });
  }
  if (meta.physics && data.nodes.length) {
    network.on('stabilizationProgress', function (p) {
      progress.textContent = 'Орналастыру… ' + Math.round(100 * p.iterations / p.total) + '%';
    });
    network.once('stabilizationIterationsDone', function () {
      network.setOptions({physics: false});
      placeIsolates();
      fitVisible(false);
      markReady();
    });
    setTimeout(function () {  // safety net: never leave the page moving forever
      if (!window.kgReady) { network.stopSimulation(); network.setOptions({physics: false}); markReady(); }
    }, 30000);
  } else {
    network.once('afterDrawing', function () { fitVisible(false); markReady(); });
    if (!data.nodes.length) markReady();
  }

  function showDetails(content) {
    details.textContent = '';
    if (!content) return;
    var close = el('button', 'close', '×');
    close.type = 'button';
    close.title = 'close';
    close.addEventListener('click', function () { showDetails(null); });
    details.appendChild(close);
    details.appendChild(content);
  }
  window.kgShowDetails = showDetails;
  network.on('click', function (params) {
    if (params.nodes.length) {
      highlight(params.nodes[0]);
      showDetails(nodeContent(nodeById[params.nodes[0]], true));
    } else if (params.edges.length) {
      clearHighlight();
      var e = edgeById[params.edges[0]];
      if (e) showDetails(edgeContent(e, true));
    } else {
      clearHighlight();
    }
  });
  document.querySelectorAll('.kg-class-filter, .kg-rel-filter').forEach(function (cb) {
    cb.addEventListener('change', applyFilters);
  });

  // Show a node whatever hides it, then select, highlight and centre it.
  function reveal(n) {
    if (visibleNode[n.id]) return;
    document.querySelectorAll('.kg-class-filter').forEach(function (cb) { if (cb.value === n.c) cb.checked = true; });
    if (n.iso) { state.isolates = true; isoBox.checked = true; }
    if (isEvent(n)) { state.collapse = false; collapseBox.checked = false; }
    state.doc = null; state.country = null; state.from = 0; state.to = Math.max(0, days.length - 1);
    syncControls();
    applyFilters();
  }
  function focusNode(id) {
    var n = nodeById[id];
    reveal(n);
    network.selectNodes([id]);
    highlight(id);
    showDetails(nodeContent(n, true));
    network.focus(id, {scale: Math.max(network.getScale(), 1.0), animation: {duration: 350, easingFunction: 'easeInOutQuad'}});
  }
  window.kgFocusNode = focusNode;

  // ---------------------------------------------------------------- search
  // Kazakh case endings (and a few possessive / plural ones), longest first.
  var SUFFIXES = [
    'ындағы', 'індегі', 'сындағы', 'сіндегі', 'ымен', 'імен', 'сымен', 'сімен',
    'дағы', 'дегі', 'тағы', 'тегі', 'ндағы', 'ндегі',
    'ның', 'нің', 'дың', 'дің', 'тың', 'тің',
    'дан', 'ден', 'тан', 'тен', 'нан', 'нен',
    'мен', 'бен', 'пен',
    'нда', 'нде', 'да', 'де', 'та', 'те',
    'ға', 'ге', 'қа', 'ке', 'на', 'не',
    'ны', 'ні', 'ды', 'ді', 'ты', 'ті',
    'лар', 'лер', 'дар', 'дер', 'тар', 'тер',
    'сы', 'сі', 'ы', 'і'
  ].sort(function (a, b) { return b.length - a.length; });

  function norm(s) {
    return String(s || '').toLocaleLowerCase('kk')
      .replace(/ё/g, 'е')
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/[«»"“”„'’‘`.,!?;:()\[\]]/g, ' ')
      .replace(/\s+/g, ' ').trim();
  }
  // Candidate stems of the last word, longest first (up to three endings stripped).
  function stems(q) {
    var words = q.split(' ');
    var last = words.pop();
    var head = words.length ? words.join(' ') + ' ' : '';
    var minLen = head ? 1 : 2;  // "Ел 5-пен" keeps a one-character last word
    var seen = {}, out = [], frontier = [last];
    for (var depth = 0; depth < 3 && frontier.length; depth++) {
      var next = [];
      frontier.forEach(function (w) {
        SUFFIXES.forEach(function (s) {
          if (w.length - s.length >= minLen && w.slice(-s.length) === s) {
            var st = w.slice(0, -s.length).replace(/-+$/, '');  // БҰҰ-ның, 5-пен
            if (st.length >= minLen && !seen[st]) { seen[st] = true; out.push(head + st); next.push(st); }
          }
        });
      });
      frontier = next;
    }
    out.sort(function (a, b) { return b.length - a.length; });
    return out;
  }
  window.kgStems = function (q) { return stems(norm(q)); };

  var byLabel = {}, byAlias = {}, byWord = {}, keysOf = {};
  function add(map, key, id) {
    if (!key) return;
    (map[key] = map[key] || []);
    if (map[key].indexOf(id) < 0) map[key].push(id);
  }
  data.nodes.forEach(function (n) {
    var keys = [];
    Object.keys(n.l || {}).forEach(function (k) { var v = norm(n.l[k]); add(byLabel, v, n.id); keys.push(v); });
    (n.a || []).forEach(function (a) { var v = norm(a); add(byAlias, v, n.id); keys.push(v); });
    keys.slice().forEach(function (k) {
      k.split(/[ -]/).forEach(function (w) { if (w.length >= 2) { add(byWord, w, n.id); keys.push(w); } });
    });
    keysOf[n.id] = keys;
  });
  function best(ids) {
    if (!ids || !ids.length) return null;
    return ids.slice().sort(function (a, b) {
      var na = nodeById[a], nb = nodeById[b];
      return (nb.deg || 0) - (na.deg || 0) || labelOf(na, curLang).length - labelOf(nb, curLang).length ||
             (a < b ? -1 : 1);
    })[0];
  }
  function findNode(query) {
    var q = norm(query);
    if (!q) return null;
    if (byLabel[q]) return best(byLabel[q]);
    if (byAlias[q]) return best(byAlias[q]);
    var cands = stems(q), i;
    for (i = 0; i < cands.length; i++) {
      if (byLabel[cands[i]]) return best(byLabel[cands[i]]);
      if (byAlias[cands[i]]) return best(byAlias[cands[i]]);
    }
    var all = [q].concat(cands);
    for (i = 0; i < all.length; i++) if (byWord[all[i]]) return best(byWord[all[i]]);
    for (i = 0; i < all.length; i++) {
      var c = all[i];
      if (c.length < 3) continue;
      var hits = [];
      for (var id in keysOf) {
        var ks = keysOf[id];
        for (var j = 0; j < ks.length; j++) if (ks[j].indexOf(c) === 0) { hits.push(id); break; }
      }
      if (hits.length) return best(hits);
    }
    return null;
  }
  window.kgFindNode = findNode;

  var msg = document.getElementById('kg-search-msg');
  var input = document.getElementById('kg-search');
  function search(query) {
    if (query === undefined) query = input.value;
    var id = findNode(query);
    window.kgLastFound = id;
    if (!id) {
      msg.className = 'miss';
      msg.textContent = query.trim() ? 'Табылмады / not found: ' + query.trim() : '';
      return null;
    }
    msg.className = '';
    msg.textContent = 'Табылды / found: ' + labelOf(nodeById[id], curLang);
    focusNode(id);
    return id;
  }
  window.kgSearch = search;

  document.getElementById('kg-search-btn').addEventListener('click', function () { search(); });
  input.addEventListener('keydown', function (ev) { if (ev.key === 'Enter') { ev.preventDefault(); search(); } });

  // -------------------------------------------------------------- language
  var datalist = document.getElementById('kg-names');
  function fillNames() {
    datalist.textContent = '';
    var seen = {};
    data.nodes.forEach(function (n) {
      var v = labelOf(n, curLang);
      if (seen[v]) return;
      seen[v] = true;
      var o = document.createElement('option');
      o.value = v;
      datalist.appendChild(o);
    });
  }
  function setLanguage(lang) {
    curLang = lang || 'kk';
    document.documentElement.lang = curLang;
    kgNodes.update(data.nodes.map(function (n) {
      return {id: n.id, kgLabel: labelOf(n, curLang), title: nodeContent(n, false)};
    }));
    kgEdges.update(allEdges.map(function (e) { return {id: e.id, title: edgeContent(e, false)}; }));
    fillNames();
    fillCountries();
  }
  window.kgSetLanguage = setLanguage;
  var langSel = document.getElementById('kg-lang');
  langSel.addEventListener('change', function () { setLanguage(langSel.value); });

  // -------------------------------------------------------------- switches
  var isoBox = document.getElementById('kg-isolates');
  var collapseBox = document.getElementById('kg-collapse');
  isoBox.addEventListener('change', function () {
    state.isolates = isoBox.checked;
    applyFilters();
    fitVisible(true);
  });
  if (!data.collapsed || !data.collapsed.length) document.getElementById('kg-collapse-row').classList.add('hidden');
  collapseBox.addEventListener('change', function () {
    state.collapse = collapseBox.checked;
    applyFilters();
  });
  window.kgShowIsolates = function (on) { isoBox.checked = !!on; state.isolates = !!on; applyFilters(); };
  window.kgCollapseEvents = function (on) { collapseBox.checked = !!on; state.collapse = !!on; applyFilters(); };

  // ---------------------------------------------------------- country view
  // A country, its leaders, partners, sectors, and the events of it or its leaders.
  function countryFocus(cid) {
    var nodes = {}, edges = {}, groups = {leaders: [], partners: [], sectors: [], events: [], met: []};
    function take(e, group, id) {
      edges[e.id] = true;
      nodes[e.f] = nodes[e.t] = true;
      if (group && groups[group].indexOf(id) < 0) groups[group].push(id);
    }
    nodes[cid] = true;
    var actors = [cid], events = [];
    adj[cid].forEach(function (e) {
      var o = other(e, cid);
      if (e.r === 'leaderOf' && e.t === cid) { take(e, 'leaders', o); actors.push(o); }
      else if (e.r === 'cooperatesWith') take(e, 'partners', o);
      else if (e.r === 'cooperatesOn' && e.f === cid) take(e, 'sectors', o);
    });
    actors.forEach(function (a) {
      adj[a].forEach(function (e) {
        var o = other(e, a);
        if (e.r === 'participant' && e.t === a) { take(e, 'events', o); events.push(o); }
        else if (e.r === 'met') take(e, 'met', o);
        else if (e.via) { take(e, 'met', o); if (events.indexOf(e.via) < 0) events.push(e.via); }
      });
    });
    events.forEach(function (ev) {
      if (groups.events.indexOf(ev) < 0) groups.events.push(ev);
      adj[ev].forEach(function (e) { if (e.f === ev) take(e); });
      allEdges.forEach(function (e) { if (e.via === ev) take(e); });
    });
    return {nodes: nodes, edges: edges, groups: groups};
  }
  var countrySel = document.getElementById('kg-country');
  var countries = data.nodes.filter(function (n) { return n.c === 'Country' && !n.iso; });
  countries.sort(function (a, b) { return (b.deg || 0) - (a.deg || 0) || (a.id < b.id ? -1 : 1); });
  function fillCountries() {
    while (countrySel.options.length > 1) countrySel.remove(1);
    countries.forEach(function (n) {
      var o = document.createElement('option');
      o.value = n.id;
      o.textContent = labelOf(n, curLang) + ' (' + (n.deg || 0) + ')';
      countrySel.appendChild(o);
    });
    countrySel.value = state.country || '';
  }
  function countryPanel(cid, f) {
    var box = el('div', 'tip');
    box.appendChild(el('div', 'tip-title', labelOf(nodeById[cid], curLang)));
    box.appendChild(el('div', 'tip-sub', 'Ел көрінісі / country view'));
    [['leaders', 'Басшылары / leaders'], ['partners', 'Серіктестері / partners'], ['sectors', 'Салалары / sectors'],
     ['events', 'Оқиғалар / events'], ['met', 'Кездескен тұлғалар / met']].forEach(function (g) {
      var ids = f.groups[g[0]];
      var s = section(box, g[1], ids.length);
      if (!ids.length) { s.appendChild(el('div', 'muted', '—')); return; }
      if (g[0] === 'events') ids.sort(function (a, b) { return (nodeById[a].date || '') < (nodeById[b].date || '') ? -1 : 1; });
      var ul = el('ul', 'tip-list');
      ids.forEach(function (id) {
        var n = nodeById[id], li = el('li');
        li.appendChild(link(labelOf(n, curLang), function () { focusNode(id); }));
        if (n.date) li.appendChild(el('span', 'muted', ' ' + n.date));
        ul.appendChild(li);
      });
      s.appendChild(ul);
    });
    return box;
  }
  function countryView(cid) {
    state.country = cid || null;
    countrySel.value = state.country || '';
    clearHighlight();
    applyFilters();
    if (state.country) showDetails(countryPanel(state.country, focusSet));
    fitVisible(true);
    return state.country ? window.kgVisibleCounts() : null;
  }
  window.kgCountryView = countryView;
  countrySel.addEventListener('change', function () { countryView(countrySel.value); });

  // ------------------------------------------------------------- documents
  var docList = document.getElementById('kg-docs'), docFilter = document.getElementById('kg-doc-filter');
  document.getElementById('kg-docs-count').textContent = '(' + docs.length + ')';
  var docRows = docs.map(function (d, i) {
    var row = el('div', 'doc-row');
    row.setAttribute('role', 'option');
    row.dataset.doc = String(i);
    row.appendChild(el('span', 'doc-title', d.t || d.id));
    row.appendChild(el('span', 'doc-meta', [d.t ? d.id : null, d.d, (d.n || 0) + ' факт/facts'].filter(Boolean).join(' · ')));
    if (d.s) row.appendChild(el('span', 'doc-meta src', d.s));  // text, never a live link
    row.addEventListener('click', function () { showDocument(state.doc === i ? null : i); });
    docList.appendChild(row);
    return row;
  });
  docFilter.addEventListener('input', function () {
    var q = norm(docFilter.value);
    docs.forEach(function (d, i) {
      docRows[i].classList.toggle('hidden', !!q && norm([d.id, d.t, d.d, d.s].join(' ')).indexOf(q) < 0);
    });
  });
  function docPanel(i) {
    var d = docs[i], box = el('div', 'tip');
    box.appendChild(el('div', 'tip-title', d.t || d.id));
    box.appendChild(el('div', 'tip-sub', 'Құжат / document · ' + d.id + (d.d ? ' · ' + d.d : '')));
    if (d.s) { var s = section(box, 'Дереккөз / source: '); s.appendChild(el('span', 'src', d.s)); }
    var facts = allEdges.filter(function (e) { return visibleEdge[e.id]; });
    var sf = section(box, 'Фактілер / facts', facts.length);
    var ul = el('ul', 'tip-list');
    facts.forEach(function (e) {
      var li = el('li');
      li.appendChild(link(labelOf(nodeById[e.f], curLang) + ' · ' + e.r + ' · ' + labelOf(nodeById[e.t], curLang),
                          function () { showDetails(edgeContent(e, true)); }));
      var ev = (e.ev || []).filter(function (it) { return it[1] && it[1].split(', ').indexOf(d.id) >= 0; })[0];
      if (ev && ev[0]) li.appendChild(el('div', 'ev-meta', '«' + ev[0] + '»'));
      ul.appendChild(li);
    });
    sf.appendChild(ul);
    return box;
  }
  function showDocument(i) {
    if (typeof i === 'string') i = docIndex[i];
    state.doc = (i === undefined || i === null) ? null : i;
    docRows.forEach(function (r, j) { r.classList.toggle('active', j === state.doc); });
    clearHighlight();
    applyFilters();
    if (state.doc !== null) showDetails(docPanel(state.doc));
    fitVisible(true);
    return window.kgVisibleCounts();
  }
  window.kgShowDocument = showDocument;
  document.getElementById('kg-doc-clear').addEventListener('click', function () { showDocument(null); });

  // ----------------------------------------------------------------- dates
  var dateBox = document.getElementById('kg-dates');
  var fromIn = document.getElementById('kg-date-from'), toIn = document.getElementById('kg-date-to');
  var dateLabel = document.getElementById('kg-date-label');
  function syncControls() {
    fromIn.value = String(state.from);
    toIn.value = String(state.to);
    dateLabel.textContent = days.length ? days[state.from] + ' — ' + days[state.to] +
      (dateActive() ? ' (күнсіз фактілер жасырын / undated facts hidden)' : '') : '';
    countrySel.value = state.country || '';
    docRows.forEach(function (r, j) { r.classList.toggle('active', j === state.doc); });
  }
  if (days.length) {
    dateBox.hidden = false;
    fromIn.max = toIn.max = String(days.length - 1);
  }
  function onSlide(which) {
    var a = parseInt(fromIn.value, 10), b = parseInt(toIn.value, 10);
    if (a > b) { if (which === 'from') b = a; else a = b; }
    state.from = a; state.to = b;
    syncControls();
    applyFilters();
  }
  fromIn.addEventListener('input', function () { onSlide('from'); });
  toIn.addEventListener('input', function () { onSlide('to'); });
  [fromIn, toIn].forEach(function (x) { x.addEventListener('change', function () { fitVisible(true); }); });
  // Dates as ISO strings; null for an open end.
  window.kgSetDateRange = function (lo, hi) {
    var a = lo ? days.filter(function (d) { return d < lo; }).length : 0;
    var b = hi ? days.filter(function (d) { return d <= hi; }).length - 1 : days.length - 1;
    state.from = Math.max(0, Math.min(a, days.length - 1));
    state.to = Math.max(state.from, Math.min(b, days.length - 1));
    syncControls();
    applyFilters();
    return window.kgVisibleCounts();
  };

  // ----------------------------------------------------------------- reset
  function reset() {
    document.querySelectorAll('.kg-class-filter, .kg-rel-filter').forEach(function (cb) { cb.checked = true; });
    state.isolates = false; isoBox.checked = false;
    state.collapse = false; collapseBox.checked = false;
    state.doc = null; state.country = null; state.from = 0; state.to = Math.max(0, days.length - 1);
    syncControls();
    applyFilters();
    clearHighlight();
    network.unselectAll();
    input.value = '';
    msg.textContent = '';
    msg.className = '';
    window.kgLastFound = null;
    showDetails(null);
    fitVisible(true);
  }
  window.kgReset = reset;
  document.getElementById('kg-reset').addEventListener('click', reset);
  fillNames();
  fillCountries();
  syncControls();
})();
