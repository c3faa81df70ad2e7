/* vis items and the one state everything visible is derived from.
 *
 * applyFilters() reads the state (class and relation boxes, isolates, events as
 * edges, document, date range, country) and hides or shows each node and edge,
 * so the controls combine instead of fighting over the `hidden` flags.
 */
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
