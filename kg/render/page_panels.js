/* Switches, the country view, the document panel, the date range and reset. */
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
