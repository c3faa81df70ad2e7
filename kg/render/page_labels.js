/* Node labels drawn after vis-network draws the graph: most connected first,
 * only where they fit at the current zoom, the hovered and selected node's always.
 */
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
