/* The page's data, helpers and tooltip builders (first of the page_*.js parts).
 *
 * The parts are one script: kg/render/html.py joins them in PAGE_SCRIPTS order
 * inside one function, so they share its variables.
 */
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
