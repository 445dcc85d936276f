// The view's behaviour: draw the network from the JSON data block, tooltips, legend and class
// filters, click-to-highlight, search. Text from documents only ever enters the page through
// textContent (never innerHTML), and tooltips are DOM elements, so no document text is parsed as HTML.
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

  const nodeItems = data.nodes.map((n) => {
    const kind = kinds.get(n.kind);
    const item = {
      id: n.id, label: n.label, kind: n.kind, title: nodeTooltip(n), shape: kind.shape,
      size: n.focus ? kind.size * 1.6 : kind.size, color: colorOf(n.kind),
      borderWidth: n.focus ? 3 : 1,
      font: { face: FONT, size: n.focus ? kind.font + 4 : kind.font, color: "#222222", strokeWidth: 3,
              strokeColor: "#ffffff" },
    };
    if (kind.shape === "box") Object.assign(item.font, { color: "#ffffff", strokeWidth: 0 });  // label inside
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  const edgeItems = data.edges.map((e, i) => ({
    id: "e" + i, from: e.from, to: e.to, label: e.label, title: edgeTooltip(e), arrows: "to",
    color: { color: "#9a9a9a", highlight: "#333333", hover: "#333333" },
    font: { face: FONT, size: 11, color: "#555555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
    smooth: data.physics ? { type: "continuous" } : false,
  }));

  const nodes = new vis.DataSet(nodeItems);
  const edges = new vis.DataSet(edgeItems);
  const options = {
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: !data.physics, navigationButtons: false },
    nodes: { scaling: { label: { drawThreshold: 6 } } },
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
    nodes.update(nodeItems.map((n) => ({
      id: n.id, color: keep.has(n.id) ? colorOf(n.kind) : DIM,
      font: Object.assign({}, n.font, { color: keep.has(n.id) ? n.font.color : "#bbbbbb" }),
    })));
    edges.update(edgeItems.map((e) => {
      const on = e.from === id || e.to === id;
      return { id: e.id, color: { color: on ? "#444444" : "#e4e4e4" },
               font: Object.assign({}, e.font, { color: on ? "#222222" : "#dddddd" }) };
    }));
  }
  function clearHighlight() {
    nodes.update(nodeItems.map((n) => ({ id: n.id, color: n.color, font: n.font })));
    edges.update(edgeItems.map((e) => ({ id: e.id, color: e.color, font: e.font })));
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

  const focus = data.nodes.filter((n) => n.focus).map((n) => n.id);
  if (focus.length === 1 && data.nodes.length > 1) network.selectNodes(focus);
})();
