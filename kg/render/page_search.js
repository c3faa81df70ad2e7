/* Search that understands inflected Kazakh input, and the label language. */
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
