/* The network itself: readiness, fitting beside the details panel, clicks, focus. */
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
    if (!visibleNode[n.id]) {  // hidden by a relation filter: all relations back
      document.querySelectorAll('.kg-rel-filter').forEach(function (cb) { cb.checked = true; });
      applyFilters();
    }
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
