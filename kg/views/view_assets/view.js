// The view's behaviour: draw the network from the JSON data block, tooltips, legend and class
// filters, click-to-highlight, search, and the labels. Text from documents only ever enters the page
// through textContent or canvas text (never innerHTML), and tooltips are DOM elements, so no document
// text is parsed as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const kinds = new Map(data.kinds.map((k) => [k.key, k]));
  const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  const DIM = { background: "#eeeeee", border: "#dddddd" };

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function row(box, key, value) {
    const r = el("div", "tip-row");
    r.appendChild(el("span", "key", key + (value ? "：" : "")));
    if (value) r.appendChild(el("span", "value", value));
    box.appendChild(r);
  }

  function nodeTooltip(n) {
    const kind = kinds.get(n.kind);
    const box = el("div", "tip");
    box.appendChild(el("div", "tip-title", n.full));
    box.appendChild(el("div", "tip-kind", kind.zh + " · " + kind.term));
    if (n.alt.length) row(box, "别名", n.alt.join("、"));
    for (const [key, value] of n.attrs) row(box, key, value);
    if (n.docs.length) row(box, "来源文档", n.docs.join("，"));
    for (const [text, doc, start, end] of n.evidence) {
      const ev = el("div", "tip-ev", "“" + text + "”");
      const where = doc ? doc + (start >= 0 ? " [" + start + "–" + end + "]" : "") : "";
      if (where) ev.appendChild(el("span", "tip-src", " — " + where));
      box.appendChild(ev);
    }
    if (n.more > 0) box.appendChild(el("div", "tip-src", "…… 另有 " + n.more + " 条证据"));
    return box;
  }

  function edgeTooltip(e) {
    const box = el("div", "tip");
    box.appendChild(el("div", "tip-title", e.label));
    box.appendChild(el("div", "tip-kind", e.term + " — " + e.gloss));
    return box;
  }

  function colorOf(kind) {
    const c = kinds.get(kind).color;
    return { background: c, border: "#33333366", highlight: { background: c, border: "#000000" },
             hover: { background: c, border: "#000000" } };
  }

  // vis-network draws shapes and edges only; labels are drawn by placeLabels below (the items keep
  // their text as `text` and `full`, not `label`, so vis-network draws none).
  const nodeItems = data.nodes.map((n) => {
    const kind = kinds.get(n.kind);
    const item = {
      id: n.id, text: n.label, full: n.full, kind: n.kind, title: nodeTooltip(n), shape: kind.shape,
      size: n.focus ? kind.size * 1.6 : kind.size, color: colorOf(n.kind),
      borderWidth: n.focus ? 3 : 1,
    };
    if (kind.shape === "box") Object.assign(item, { widthConstraint: { minimum: 26 }, heightConstraint: { minimum: 18 } });
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  const edgeItems = data.edges.map((e, i) => ({
    id: "e" + i, from: e.from, to: e.to, text: e.label, title: edgeTooltip(e), arrows: "to",
    color: { color: "#9a9a9a", highlight: "#333333", hover: "#333333" },
    smooth: data.physics ? { type: "continuous" } : false,
  }));

  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);
  const options = {
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: !data.physics, navigationButtons: false },
    edges: { width: 1, selectionWidth: 2 },
    layout: { randomSeed: 7, improvedLayout: data.nodes.length <= 150 },
    physics: data.physics ? {
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.015, springLength: 100,
                          springConstant: 0.09, damping: 0.6, avoidOverlap: 0.6 },
      minVelocity: 1.5, maxVelocity: 60,
      stabilization: { enabled: true, iterations: 350, updateInterval: 50, fit: true },
    } : false,
  };
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.network = network;

  // Labels, drawn over the network in screen pixels so that they read at any zoom (each class's `font`,
  // never under 12 px). They are placed most important first (hovered and selected nodes, the focus, then
  // by class rank and number of links) beside their node, below, above, right or left, where they cover
  // no other label and no node; a label with no room is left out until zooming in makes room. Hovered and
  // selected nodes always show their full name, on a white ground; the focus and the classes ranked up to
  // ALWAYS (teams, inspections) may cover small nodes, never another label. From ZOOM_FULL on a shortened
  // name shows in full where it fits. Edge labels come last, at their edge's middle, where they fit.
  // window.kgLabels lists what was drawn (for tests).
  const LONG = 40;  // characters of a full name shown on hover, selection or zoom; the tooltip has all
  const ZOOM_FULL = 1.2;
  const ALWAYS = 1;
  const EDGE_FONT = 12;
  const CELL = 64;  // grid cell in pixels: collisions are looked up among nearby boxes only
  const MIN_NODE = 3;  // a node drawn smaller than this (pixels) gets a label only if it must have one
  const degree = new Map();
  for (const e of data.edges) for (const id of [e.from, e.to]) degree.set(id, (degree.get(id) || 0) + 1);
  const order = data.nodes.map((n, i) => [n, i]).sort(([a, i], [b, j]) =>
    (b.focus - a.focus) || (kinds.get(a.kind).rank - kinds.get(b.kind).rank)
    || ((degree.get(b.id) || 0) - (degree.get(a.id) || 0)) || (i - j)).map(([n]) => n);
  let hovered = null;
  let kept = null;  // the ids in colour while a node is highlighted (click), else null
  const widths = new Map();

  function cut(text, n) { return text.length <= n ? text : text.slice(0, n - 1) + "…"; }
  function overlap(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }

  class Grid {
    constructor() { this.cells = new Map(); }
    keys(b) {
      const out = [];
      for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.w) / CELL); cx++) {
        for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.h) / CELL); cy++) out.push(cx * 100003 + cy);
      }
      return out;
    }
    add(b) {
      for (const k of this.keys(b)) {
        if (!this.cells.has(k)) this.cells.set(k, []);
        this.cells.get(k).push(b);
      }
    }
    hits(b, owner, labelsOnly) {
      return this.keys(b).some((k) => (this.cells.get(k) || []).some(
        (o) => (o.owner !== owner || o.text !== undefined) && (!labelsOnly || o.text !== undefined) && overlap(o, b)));
    }
  }

  function measure(ctx, text, size) {
    const key = size + "|" + text;
    if (!widths.has(key)) {
      ctx.font = size + "px " + FONT;
      widths.set(key, ctx.measureText(text).width);
    }
    return widths.get(key);
  }

  // A node's box in screen pixels (vis-network's canvasToDOM, inlined: thousands of nodes each frame).
  function nodeBox(node, scale, shift) {
    const bb = node.shape.boundingBox;
    return { x: bb.left * scale + shift.x, y: bb.top * scale + shift.y, w: (bb.right - bb.left) * scale,
             h: (bb.bottom - bb.top) * scale, owner: node.id };
  }

  // Where a label of `text` fits beside node box b: below, above, right, left; null if nowhere.
  function spots(ctx, text, size, b, owner) {
    const w = measure(ctx, text, size), h = Math.ceil(size * 1.3), cx = b.x + b.w / 2, cy = b.y + b.h / 2;
    return [[cx - w / 2, b.y + b.h + 2], [cx - w / 2, b.y - h - 2], [b.x + b.w + 4, cy - h / 2],
            [b.x - w - 4, cy - h / 2]].map(([x, y]) => ({ x: x, y: y, w: w, h: h, text: text, size: size, owner: owner }));
  }

  function placeLabels(ctx) {
    const grid = new Grid();
    const boxes = new Map();
    const screen = { x: -40, y: -40, w: container.clientWidth + 80, h: container.clientHeight + 80 };
    const inside = (s) => s.x >= 0 && s.y >= 0 && s.x + s.w <= container.clientWidth && s.y + s.h <= container.clientHeight;
    const scale = network.getScale(), shift = network.body.view.translation;
    for (const n of data.nodes) {
      const node = network.body.nodes[n.id];
      if (!node || node.options.hidden) continue;
      const b = nodeBox(node, scale, shift);
      if (!overlap(b, screen)) continue;
      boxes.set(n.id, b);
      grid.add(b);
    }
    const selected = new Set(network.getSelectedNodes());
    const first = order.filter((n) => n.id === hovered || selected.has(n.id));
    const done = new Set();
    const placed = [];
    const full = scale >= ZOOM_FULL;
    for (const n of first.concat(order)) {
      const b = boxes.get(n.id);
      if (!b || done.has(n.id)) continue;
      done.add(n.id);
      const pointed = n.id === hovered || selected.has(n.id);
      const must = pointed || n.focus || kinds.get(n.kind).rank <= ALWAYS;
      if (!must && b.w < MIN_NODE) continue;
      const size = kinds.get(n.kind).font + (n.focus ? 2 : 0);
      const texts = pointed ? [cut(n.full, LONG)] : full && n.full !== n.label ? [cut(n.full, LONG), n.label] : [n.label];
      let spot = null;
      for (const text of texts) {
        spot = spots(ctx, text, size, b, n.id).find((s) => inside(s) && !grid.hits(s, n.id, false));
        if (spot) break;
      }
      let forced = false;
      if (!spot && must) {  // over small nodes, on a white ground
        forced = true;
        spot = spots(ctx, texts[texts.length - 1], size, b, n.id).find((s) => inside(s) && !grid.hits(s, n.id, true));
        if (!spot && pointed) spot = spots(ctx, texts[0], size, b, n.id)[0];
      }
      if (!spot) continue;
      Object.assign(spot, { kind: "node", forced: forced, dim: kept !== null && !kept.has(n.id) });
      grid.add(spot);
      placed.push(spot);
    }
    data.edges.forEach((e, i) => {
      if (!e.label || !boxes.has(e.from) || !boxes.has(e.to)) return;
      const edge = network.body.edges["e" + i];
      const a = boxes.get(e.from), z = boxes.get(e.to);
      const w = measure(ctx, e.label, EDGE_FONT), h = Math.ceil(EDGE_FONT * 1.3);
      if (!edge || a.w < MIN_NODE || z.w < MIN_NODE
          || Math.hypot(a.x + a.w / 2 - z.x - z.w / 2, a.y + a.h / 2 - z.y - z.h / 2) < w + 20) return;  // no room
      const mid = network.canvasToDOM(edge.edgeType.getPoint(0.5));
      const spot = { x: mid.x - w / 2, y: mid.y - h / 2, w: w, h: h, text: e.label, size: EDGE_FONT, owner: "e" + i,
                     kind: "edge", forced: false, dim: kept !== null && !(kept.has(e.from) && kept.has(e.to)) };
      if (!inside(spot) || grid.hits(spot, null, false)) return;
      grid.add(spot);
      placed.push(spot);
    });
    return placed;
  }

  network.on("afterDrawing", (ctx) => {
    const placed = placeLabels(ctx);
    const ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);  // screen pixels
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (const p of placed) {
      ctx.font = p.size + "px " + FONT;
      if (p.forced) {
        ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
        ctx.fillRect(p.x - 2, p.y - 1, p.w + 4, p.h + 2);
      }
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#ffffff";
      ctx.strokeText(p.text, p.x, p.y + p.size * 0.15);
      ctx.fillStyle = p.dim ? "#bbbbbb" : p.kind === "edge" ? "#555555" : "#222222";
      ctx.fillText(p.text, p.x, p.y + p.size * 0.15);
    }
    ctx.restore();
    window.kgLabels = placed.map((p) => ({ id: p.owner, kind: p.kind, text: p.text, size: p.size, forced: p.forced,
                                           x: p.x, y: p.y, w: p.w, h: p.h }));
  });
  network.on("hoverNode", (params) => { hovered = params.node; network.redraw(); });
  network.on("blurNode", () => { hovered = null; network.redraw(); });

  function markStable() {
    network.setOptions({ physics: false });
    network.fit();
    container.dataset.stable = "true";
  }
  if (data.physics) network.once("stabilizationIterationsDone", markStable);
  else markStable();

  // Click: the node, its neighbours and their edges stay in colour, the rest fades.
  function highlight(id) {
    const keep = new Set(network.getConnectedNodes(id));
    keep.add(id);
    kept = keep;
    nodes.update(nodeItems.map((n) => ({ id: n.id, color: keep.has(n.id) ? colorOf(n.kind) : DIM })));
    edges.update(edgeItems.map((e) => {
      const on = e.from === id || e.to === id;
      return { id: e.id, color: { color: on ? "#444444" : "#e4e4e4" } };
    }));
  }
  function clearHighlight() {
    kept = null;
    nodes.update(nodeItems.map((n) => ({ id: n.id, color: n.color })));
    edges.update(edgeItems.map((e) => ({ id: e.id, color: e.color })));
  }
  network.on("click", (params) => {
    if (params.nodes.length) highlight(params.nodes[0]);
    else clearHighlight();
  });

  // Legend with one checkbox per class: hide or show that class.
  const legend = document.getElementById("legend");
  for (const k of data.kinds) {
    if (!k.count) continue;
    const li = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.kind = k.key;
    box.addEventListener("change", () => {
      nodes.update(nodeItems.filter((n) => n.kind === k.key).map((n) => ({ id: n.id, hidden: !box.checked })));
    });
    const swatch = el("span", "swatch " + k.shape);
    swatch.style.background = k.color;
    label.append(box, swatch, el("span", "", k.zh), el("span", "term", k.term), el("span", "count", String(k.count)));
    li.appendChild(label);
    legend.appendChild(li);
  }
  const linkTerms = new Map();
  for (const e of data.edges) linkTerms.set(e.term, e.zh);
  for (const [term, zh] of linkTerms) {
    const li = el("li", "term", "→ " + zh + "  " + term);
    legend.appendChild(li);
  }
  const notes = document.getElementById("notes");
  for (const note of data.notes) notes.appendChild(el("li", "", note));
  document.getElementById("counts").textContent =
    data.nodes.length + " 个节点，" + data.edges.length + " 条边";

  // Search by label or alias: exact first, then the first containing the query.
  const names = document.getElementById("names");
  const byName = new Map();
  for (const n of data.nodes) {
    for (const name of [n.full].concat(n.alt)) {
      if (!byName.has(name)) {
        byName.set(name, n.id);
        const option = el("option");
        option.value = name;
        names.appendChild(option);
      }
    }
  }
  const input = document.getElementById("search");
  const status = document.getElementById("status");
  function find() {
    const q = input.value.trim();
    status.textContent = "";
    if (!q) return;
    let id = byName.get(q);
    if (id === undefined) {
      for (const [name, nid] of byName) {
        if (name.includes(q)) { id = nid; break; }
      }
    }
    if (id === undefined) { status.textContent = "未找到"; return; }
    nodes.update({ id: id, hidden: false });
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400 } });
    highlight(id);
  }
  input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") find(); });
  input.addEventListener("change", find);
  document.getElementById("search-go").addEventListener("click", find);

  // A summary's nodes name the detail page beside it that draws them and the `kg viz` command that draws
  // their neighbourhood: a click shows both under the legend, a double click opens the page. Only page names
  // of the form Python writes (graph.html, graph-dispatcher-….html) become links, so no text can point
  // anywhere else; views without pages (every view but a summary and its pages) get none of this.
  const PAGE = /^graph(-[\p{L}\p{N}_-]+)?\.html$/u;
  const aside = document.querySelector("aside");
  function pageLink(text, page) {
    const a = el("a", "page", text);
    a.href = encodeURIComponent(page);
    return a;
  }
  const pages = (data.pages || []).filter((p) => PAGE.test(p.page));
  if (pages.length) {
    const list = el("ul", "pages");
    for (const p of pages) list.appendChild(el("li")).appendChild(pageLink(p.name, p.page));
    aside.insertBefore(list, notes);
    aside.insertBefore(el("h2", "", "明细页 · Detail pages"), list);
  }
  const linked = new Map(data.nodes.filter((n) => n.page || n.command).map((n) => [n.id, n]));
  if (linked.size) {
    const detail = aside.appendChild(el("div", "detail"));
    detail.id = "detail";
    network.on("click", (params) => {
      detail.replaceChildren();
      const n = linked.get(params.nodes[0]);
      if (!n) return;
      detail.appendChild(el("div", "tip-title", n.full));
      if (n.page && PAGE.test(n.page)) detail.appendChild(pageLink("打开明细页 · open " + n.page, n.page));
      if (n.command) detail.append(el("div", "key", "命令 · command"), el("code", "", n.command));
    });
    network.on("doubleClick", (params) => {
      const n = linked.get(params.nodes[0]);
      if (n && n.page && PAGE.test(n.page)) window.location.href = encodeURIComponent(n.page);
    });
  }

  const focus = data.nodes.filter((n) => n.focus).map((n) => n.id);
  if (focus.length === 1 && data.nodes.length > 1) network.selectNodes(focus);
})();
