/* newsgraph explorer: network, side panel, search and filters.
 * Every text that comes from an article goes through textContent, never
 * innerHTML: an article holding a script or an img tag shows it as text and runs nothing. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("ng-data").textContent);
  var STYLE = DATA.style;
  var MODES = { DirectQuote: "Direct quote", IndirectSpeech: "Indirect speech", AccordingTo: "According to" };
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var MAX_CARDS = 150;
  /* Small graphs follow a slider while it moves; large ones update when it is released. */
  var LIVE = DATA.edges.length <= 3000;

  function $(id) { return document.getElementById(id); }

  /* ---- DOM helpers: text only ---------------------------------------- */
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function plural(n, one, many) { return n.toLocaleString("en-US") + " " + (n === 1 ? one : many); }

  /* Accent-, case- and punctuation-insensitive key: "ouchakov" ~ "Ouchakov", "pekin" ~ "Pékin",
   * "etats unis" ~ "États-Unis". */
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2019\u2018`´]/g, "'").replace(/[-\u2010-\u2014_.]/g, " ").replace(/\s+/g, " ")
      .toLowerCase().trim();
  }

  /* ---- dates: "2024-02-08", "2024-02" or "2022", compared as intervals --- */
  function dateLo(d) { return d.length === 4 ? d + "-01-01" : d.length === 7 ? d + "-01" : d; }
  function dateHi(d) { return d.length === 4 ? d + "-12-31" : d.length === 7 ? d + "-31" : d; }
  function fmtDate(d) {
    if (!d) return "undated";
    var p = d.split("-");
    if (p.length === 1) return p[0];
    var month = MONTHS[parseInt(p[1], 10) - 1] || p[1];
    return p.length === 2 ? month + " " + p[0] : parseInt(p[2], 10) + " " + month + " " + p[0];
  }
  /* Undated facts last either way; same date: by article, then fact id. */
  function byDate(a, b) {
    if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
    return dateLo(a.date).localeCompare(dateLo(b.date)) || dateHi(a.date).localeCompare(dateHi(b.date));
  }
  function newestFirst(a, b) {
    return (!a.date || !b.date ? byDate(a, b) : byDate(b, a)) || byArticle(a, b);
  }
  function oldestFirst(a, b) { return byDate(a, b) || byArticle(a, b); }
  function byArticle(a, b) {
    return String(a.article).localeCompare(String(b.article)) ||
      a.id.localeCompare(b.id, "en", { numeric: true });
  }

  /* ---- indexes --------------------------------------------------------- */
  var nodeById = {}, edgeById = {}, factById = {}, articleById = {}, factsByNode = {}, degree = {};
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; factsByNode[n.id] = []; degree[n.id] = 0; });
  DATA.edges.forEach(function (e) { edgeById[e.id] = e; degree[e.from]++; degree[e.to]++; });
  DATA.articles.forEach(function (a) { articleById[a.id] = a; });
  DATA.facts.forEach(function (f) {
    factById[f.id] = f;
    if (factsByNode[f.from]) factsByNode[f.from].push(f);
    if (f.to && f.to !== f.from && factsByNode[f.to]) factsByNode[f.to].push(f);
  });
  var searchIndex = DATA.nodes.map(function (n) {
    return { id: n.id, names: [n.label].concat(n.altLabels || []).map(function (s) { return [s, fold(s)]; }) };
  });

  var dates = (function () {
    var seen = {};
    DATA.articles.forEach(function (a) { if (a.date) seen[a.date] = true; });
    DATA.facts.forEach(function (f) { if (f.date) seen[f.date] = true; });
    return Object.keys(seen).sort(function (a, b) {
      return dateLo(a).localeCompare(dateLo(b)) || a.length - b.length || a.localeCompare(b);
    });
  })();

  function label(id) { return nodeById[id] ? nodeById[id].label : id ? String(id) : "—"; }
  function actorStyle(type) { return STYLE.actors[type] || STYLE.otherActor; }
  function eventColor(type) { return type ? STYLE.events[type] || STYLE.untypedRelation : STYLE.untypedRelation; }
  function eventName(type) {
    if (!type) return "Other";
    var names = DATA.eventTypes[type];
    return names && names.en ? names.en : type;
  }
  function factColor(f) { return f.kind === "relation" ? eventColor(f.eventType) : STYLE.statement; }

  /* ---- tooltips: DOM elements, so vis-network never parses them as HTML -- */
  function nodeTip(n) {
    var tip = add(el("div"), el("div", "tip-title", n.label),
      el("div", "tip-line", actorStyle(n.type).label + " · " + plural(n.value, "fact", "facts")));
    if (n.altLabels && n.altLabels.length) add(tip, el("div", "tip-line", "Also: " + n.altLabels.join(", ")));
    return tip;
  }
  function edgeTip(e) {
    var what = e.kind === "relation" ? eventName(e.eventType) : "Statement";
    return add(el("div"), el("div", "tip-title", label(e.from) + (e.symmetric ? " ↔ " : " → ") + label(e.to)),
      el("div", "tip-line", what + (e.negated ? " (negated)" : "") + " · " + plural(e.count, "fact", "facts")));
  }
  /* Parallel links between two actors bend by different amounts so each stays visible. */
  var bend = {};
  (function () {
    var byPair = {};
    DATA.edges.forEach(function (e) {
      var key = e.from < e.to ? e.from + "\n" + e.to : e.to + "\n" + e.from;
      (byPair[key] = byPair[key] || []).push(e);
    });
    Object.keys(byPair).forEach(function (key) {
      byPair[key].forEach(function (e, i) { bend[e.id] = Math.min(0.08 + 0.14 * i, 0.9); });
    });
  })();
  function curve(e) {
    if (!STYLE.curved || physicsOn) return { enabled: false };
    return { enabled: true, type: "curvedCW", roundness: bend[e.id] };
  }

  /* ---- data sets and views ---------------------------------------------- */
  var physicsOn = false;
  var origin = {};
  var nodes = new vis.DataSet(DATA.nodes.map(function (n) {
    origin[n.id] = { x: n.x, y: n.y };
    return Object.assign({}, n, { title: nodeTip(n) });
  }));
  var edges = new vis.DataSet(DATA.edges.map(function (e) {
    return Object.assign({}, e, { title: edgeTip(e), smooth: curve(e) });
  }));

  var state = {
    kinds: { statement: true, relation: true }, events: {}, actors: {},
    from: 0, to: Math.max(dates.length - 1, 0), undated: true, minCount: 1, selection: null
  };
  var factOn = {}, edgeOn = {}, nodeOn = {};

  function factPasses(f) {
    if (!state.kinds[f.kind]) return false;
    if (f.kind === "relation" && state.events[f.eventType || ""] === false) return false;
    if (state.actors[nodeType(f.from)] === false) return false;
    if (f.to && state.actors[nodeType(f.to)] === false) return false;
    if (!f.date) return state.undated;
    if (!dates.length) return true;
    return dateLo(f.date) <= dateHi(dates[state.to]) && dateHi(f.date) >= dateLo(dates[state.from]);
  }
  function nodeType(id) { return nodeById[id] ? nodeById[id].type : "Other"; }

  function recompute() {
    DATA.facts.forEach(function (f) { factOn[f.id] = factPasses(f); });
    var linked = {};
    DATA.edges.forEach(function (e) {
      var shown = 0;
      e.facts.forEach(function (id) { if (factOn[id]) shown++; });
      if (!e.facts.length || e.facts.every(function (id) { return !factById[id]; })) {
        shown = state.kinds[e.kind] && state.events[e.eventType || ""] !== false ? e.count : 0;
      }
      edgeOn[e.id] = shown > 0 && shown >= state.minCount &&
        state.actors[nodeType(e.from)] !== false && state.actors[nodeType(e.to)] !== false;
      if (edgeOn[e.id]) { linked[e.from] = true; linked[e.to] = true; }
    });
    DATA.nodes.forEach(function (n) {
      nodeOn[n.id] = state.actors[n.type] !== false && (degree[n.id] === 0 || !!linked[n.id]);
    });
  }

  recompute();
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return nodeOn[n.id]; } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return edgeOn[e.id]; } });

  var network = new vis.Network($("network"), { nodes: nodesView, edges: edgesView }, DATA.options);

  /* Keep dragged / simulated positions when nodes leave and come back;
   * only moved nodes are updated (an update costs the network a redraw of that node). */
  var stored = {};
  Object.keys(origin).forEach(function (id) { stored[id] = origin[id]; });
  function storePositions() {
    var pos = network.getPositions(nodesView.getIds()), moved = [];  // rounded by vis-network
    Object.keys(pos).forEach(function (id) {
      var x = pos[id].x, y = pos[id].y;
      if (Math.abs(stored[id].x - x) > 1 || Math.abs(stored[id].y - y) > 1) {
        stored[id] = { x: x, y: y };
        moved.push({ id: id, x: x, y: y });
      }
    });
    if (moved.length) nodes.update(moved);
  }

  function applyFilters() {
    storePositions();
    recompute();
    nodesView.refresh();
    edgesView.refresh();
    var sel = state.selection;
    if (sel) {
      var visible = sel.type === "node" ? nodeOn[sel.id] : edgeOn[sel.id];
      if (visible) network.setSelection(sel.type === "node" ? { nodes: [sel.id] } : { nodes: [], edges: [sel.id] });
      renderPanel();
    }
    renderStats();
  }

  /* ---- stats and notes ----------------------------------------------------- */
  function renderStats() {
    var shownNodes = nodesView.length, shownEdges = edgesView.length, shownFacts = 0;
    DATA.facts.forEach(function (f) { if (factOn[f.id]) shownFacts++; });
    function part(n, total, one, many) {
      var span = el("span");
      add(span, el("b", null, n.toLocaleString("en-US")));
      if (n !== total) add(span, " / " + total.toLocaleString("en-US"));
      return add(span, " " + (total === 1 ? one : many));
    }
    add(clear($("stats")),
      part(shownNodes, DATA.nodes.length, "actor", "actors"), " · ",
      part(shownEdges, DATA.edges.length, "link", "links"), " · ",
      part(shownFacts, DATA.facts.length, "fact", "facts"), " · ",
      plural(DATA.articles.length, "article", "articles"));
    $("empty-note").hidden = shownNodes > 0;
  }
  if (DATA.hidden && (DATA.hidden.nodes || DATA.hidden.edges)) {
    $("hidden-note").hidden = false;
    $("hidden-note").textContent = "Showing the " + plural(DATA.nodes.length, "most connected actor", "most connected actors") +
      ": " + plural(DATA.hidden.nodes, "actor", "actors") + " and " + plural(DATA.hidden.edges, "link", "links") +
      " left out.";
  }

  /* ---- legend and filters -------------------------------------------------- */
  function shapeSwatch(shape, color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 16 16");
    svg.setAttribute("class", "swatch-shape");
    var geo = {
      dot: ["circle", { cx: 8, cy: 8, r: 6 }],
      square: ["rect", { x: 2.5, y: 2.5, width: 11, height: 11 }],
      diamond: ["polygon", { points: "8,1 15,8 8,15 1,8" }],
      triangle: ["polygon", { points: "8,1.5 15,14 1,14" }],
      hexagon: ["polygon", { points: "4,2 12,2 15.5,8 12,14 4,14 0.5,8" }]
    }[shape] || ["circle", { cx: 8, cy: 8, r: 6 }];
    var item = document.createElementNS(ns, geo[0]);
    Object.keys(geo[1]).forEach(function (k) { item.setAttribute(k, geo[1][k]); });
    item.setAttribute("fill", color);
    svg.appendChild(item);
    return svg;
  }
  function checkRow(id, swatch, name, extra, count, onChange) {
    var input = el("input");
    input.type = "checkbox"; input.id = id; input.checked = true;
    input.addEventListener("change", function () { onChange(input.checked); applyFilters(); });
    var row = add(el("label", "check row"), input, swatch, el("span", "name", name), el("span", "count", count));
    if (extra) row.title = extra;
    return row;
  }
  function buildLegend() {
    $("swatch-statement").style.borderColor = STYLE.statement;
    var kindCount = { statement: 0, relation: 0 }, eventCount = {}, actorCount = {};
    DATA.facts.forEach(function (f) {
      kindCount[f.kind] = (kindCount[f.kind] || 0) + 1;
      if (f.kind === "relation") eventCount[f.eventType || ""] = (eventCount[f.eventType || ""] || 0) + 1;
    });
    DATA.edges.forEach(function (e) {
      if (e.kind === "relation" && !((e.eventType || "") in eventCount)) eventCount[e.eventType || ""] = 0;
    });
    DATA.nodes.forEach(function (n) { actorCount[n.type] = (actorCount[n.type] || 0) + 1; });
    $("count-statement").textContent = kindCount.statement || 0;
    $("count-relation").textContent = kindCount.relation || 0;
    ["statement", "relation"].forEach(function (kind) {
      $("kind-" + kind).addEventListener("change", function () { state.kinds[kind] = this.checked; applyFilters(); });
    });
    var box = $("event-types");
    Object.keys(eventCount).sort(function (a, b) {
      return eventCount[b] - eventCount[a] || (a === "") - (b === "") || a.localeCompare(b);
    }).forEach(function (type) {
      var sw = el("span", "swatch-line");
      sw.style.borderColor = eventColor(type);
      var fr = type && DATA.eventTypes[type] && DATA.eventTypes[type].fr;
      box.appendChild(checkRow("etype-" + (type || "none"), sw, eventName(type), fr ? "French: " + fr : "Relations with no event type",
        eventCount[type], function (on) { state.events[type] = on; }));
    });
    var actors = $("actor-types");
    Object.keys(STYLE.actors).concat(["Other"]).forEach(function (type) {
      if (!actorCount[type]) return;
      var st = actorStyle(type);
      actors.appendChild(checkRow("atype-" + type, shapeSwatch(st.shape, st.color), st.label, null,
        actorCount[type], function (on) { state.actors[type] = on; }));
    });
  }

  /* ---- period, count, buttons --------------------------------------------- */
  function buildControls() {
    var from = $("date-from"), to = $("date-to");
    from.max = to.max = String(Math.max(dates.length - 1, 0));
    from.value = "0"; to.value = to.max;
    from.disabled = to.disabled = dates.length < 2;
    var perDate = {}, most = 1, bars = [];
    DATA.facts.forEach(function (f) { if (f.date) most = Math.max(most, perDate[f.date] = (perDate[f.date] || 0) + 1); });
    dates.forEach(function (d, i) {
      var bar = el("div", "bar");
      bar.style.left = "calc(8px + (100% - 16px) * " + (dates.length > 1 ? i / (dates.length - 1) : 0.5) + ")";
      bar.style.height = Math.max(2, Math.round(26 * (perDate[d] || 0) / most)) + "px";
      bar.title = fmtDate(d) + ": " + plural(perDate[d] || 0, "fact", "facts");
      bars.push(bar);
      $("period-hist").appendChild(bar);
    });
    function showPeriod() {
      $("date-from-label").textContent = dates.length ? fmtDate(dates[state.from]) : "no dates";
      $("date-to-label").textContent = dates.length ? fmtDate(dates[state.to]) : "";
      var last = Math.max(dates.length - 1, 1);
      $("period-fill").style.left = (100 * state.from / last) + "%";
      $("period-fill").style.width = (100 * (state.to - state.from) / last) + "%";
      bars.forEach(function (bar, i) { bar.className = i < state.from || i > state.to ? "bar out" : "bar"; });
      from.style.zIndex = state.from === dates.length - 1 ? "2" : "";  // both thumbs at the end: "from" on top
    }
    function onRange(which) {
      var a = parseInt(from.value, 10), b = parseInt(to.value, 10);
      if (a > b) { if (which === from) to.value = String(a); else from.value = String(b); }
      state.from = parseInt(from.value, 10); state.to = parseInt(to.value, 10);
      showPeriod();
      if (LIVE) applyFilters();
    }
    [from, to].forEach(function (input) {
      input.addEventListener("input", function () { onRange(input); });
      input.addEventListener("change", function () { if (!LIVE) applyFilters(); });
    });
    $("undated").addEventListener("change", function () { state.undated = this.checked; applyFilters(); });
    showPeriod();

    var maxCount = DATA.edges.reduce(function (m, e) { return Math.max(m, e.count); }, 1);
    var minCount = $("min-count");
    minCount.max = String(maxCount); minCount.value = "1"; minCount.disabled = maxCount < 2;
    minCount.addEventListener("input", function () {
      state.minCount = parseInt(minCount.value, 10);
      $("min-count-label").textContent = minCount.value;
      $("min-count-s").textContent = minCount.value === "1" ? "" : "s";
      if (LIVE) applyFilters();
    });
    minCount.addEventListener("change", function () { if (!LIVE) applyFilters(); });

    $("reset-filters").addEventListener("click", function () {
      from.value = "0"; to.value = from.max; minCount.value = "1";
      $("min-count-label").textContent = "1"; $("min-count-s").textContent = "";
      state.from = 0; state.to = parseInt(to.value, 10); state.minCount = 1; state.undated = true;
      $("undated").checked = true;
      Array.prototype.forEach.call(document.querySelectorAll("#controls input[type=checkbox]"), function (box) { box.checked = true; });
      state.kinds = { statement: true, relation: true }; state.events = {}; state.actors = {};
      showPeriod(); applyFilters();
    });
    $("physics").addEventListener("change", function () { setPhysics(this.checked); });
    $("fit").addEventListener("click", function () { fitAll(true); });
    $("reset-view").addEventListener("click", resetView);
  }

  function setPhysics(on) {
    if (!on) storePositions();
    physicsOn = on;
    $("physics").checked = on;
    edges.update(DATA.edges.map(function (e) { return { id: e.id, smooth: curve(e) }; }));
    network.setOptions({ physics: { enabled: on } });
    if (!on) storePositions();
  }
  function resetView() {
    if (physicsOn) setPhysics(false);
    storePositions();
    var back = Object.keys(origin).filter(function (id) {
      return stored[id].x !== origin[id].x || stored[id].y !== origin[id].y;
    });
    back.forEach(function (id) { stored[id] = origin[id]; });
    nodes.update(back.map(function (id) { return { id: id, x: origin[id].x, y: origin[id].y }; }));
    clearSelection();
    fitAll(false);
  }
  /* fit() ignores labels: leave them some room at the edges. */
  function fitAll(animate) {
    var before = { scale: network.getScale(), position: network.getViewPosition() };
    network.fit({ animation: false });
    var target = { scale: network.getScale() * 0.9, position: network.getViewPosition() };
    if (animate) {
      network.moveTo(before);
      target.animation = { duration: 300, easingFunction: "easeInOutQuad" };
    }
    network.moveTo(target);
  }

  /* ---- search ----------------------------------------------------------- */
  function findActors(query, limit) {
    var q = fold(query || "");
    if (!q) return [];
    var hits = [];
    searchIndex.forEach(function (entry) {
      var best = null;
      entry.names.forEach(function (name) {
        var key = name[1], score = key === q ? 0 : key.indexOf(q) === 0 ? 1 :
          (" " + key).indexOf(" " + q) >= 0 || ("'" + key).indexOf("'" + q) >= 0 ? 2 : key.indexOf(q) >= 0 ? 3 : -1;
        if (score >= 0 && (!best || score < best.score)) best = { score: score, name: name[0] };
      });
      if (best) hits.push({ id: entry.id, label: nodeById[entry.id].label, matched: best.name, score: best.score });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || nodeById[b.id].value - nodeById[a.id].value || a.label.localeCompare(b.label);
    });
    return hits.slice(0, limit || 10);
  }
  function buildSearch() {
    var input = $("search"), list = $("search-results"), hits = [], active = 0;
    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); }
    function choose(hit) {
      if (!hit) return;
      input.value = hit.label; close();
      selectNode(hit.id, { focus: true });
    }
    function render() {
      clear(list);
      hits = findActors(input.value, 10); active = 0;
      if (!input.value.trim()) { close(); return; }
      if (!hits.length) add(list, el("li", "none", "No actor with that name"));
      hits.forEach(function (hit, i) {
        var n = nodeById[hit.id], st = actorStyle(n.type);
        var li = add(el("li"), shapeSwatch(st.shape, st.color), el("span", null, hit.label),
          hit.matched !== hit.label ? el("span", "also", hit.matched) : null);
        li.setAttribute("role", "option");
        if (i === active) li.className = "active";
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(hit); });
        list.appendChild(li);
      });
      list.hidden = false; input.setAttribute("aria-expanded", "true");
    }
    function move(step) {
      if (!hits.length) return;
      active = (active + step + hits.length) % hits.length;
      Array.prototype.forEach.call(list.children, function (li, i) { li.className = i === active ? "active" : ""; });
    }
    input.addEventListener("input", render);
    input.addEventListener("focus", function () { if (input.value.trim()) render(); });
    input.addEventListener("blur", close);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown") { ev.preventDefault(); move(1); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); move(-1); }
      else if (ev.key === "Enter") { ev.preventDefault(); if (!hits.length) render(); choose(hits[active]); }
      else if (ev.key === "Escape") { close(); }
    });
  }

  /* ---- selection ---------------------------------------------------------- */
  function selectNode(id, opts) {
    if (!nodeById[id]) return false;
    state.selection = { type: "node", id: id };
    if (nodeOn[id]) {
      network.selectNodes([id]);
      if (opts && opts.focus) {
        network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
      }
    } else {
      network.unselectAll();
    }
    renderPanel();
    return true;
  }
  function selectEdge(id) {
    if (!edgeById[id]) return false;
    state.selection = { type: "edge", id: id };
    if (edgeOn[id]) network.setSelection({ nodes: [], edges: [id] }); else network.unselectAll();
    renderPanel();
    return true;
  }
  function clearSelection() {
    state.selection = null;
    network.unselectAll();
    renderPanel();
  }
  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  });

  /* ---- side panel ------------------------------------------------------ */
  function actorLink(id) {
    if (!nodeById[id]) return el("span", null, label(id));
    var link = el("a", "actor-link", label(id));
    link.href = "#";
    link.addEventListener("click", function (ev) { ev.preventDefault(); selectNode(id, { focus: true }); });
    return link;
  }
  /* Offsets count code points (Python); Array.from splits by code point too. */
  function evidence(f) {
    var chars = Array.from(f.evidence || ""), s = f.highlightStart, e = f.highlightEnd;
    var box = el("div", "evidence");
    if (typeof s !== "number" || typeof e !== "number" || s < 0 || e <= s || s >= chars.length) {
      return add(box, chars.join(""));
    }
    e = Math.min(e, chars.length);
    return add(box, chars.slice(0, s).join(""), el("mark", null, chars.slice(s, e).join("")), chars.slice(e).join(""));
  }
  function factCard(f) {
    var card = el("article", "fact" + (factOn[f.id] ? "" : " dim"));
    card.dataset.fact = f.id;
    var kind = el("span", "badge kind", f.kind === "relation" ? eventName(f.eventType) : "Statement");
    kind.style.background = factColor(f);
    var top = add(el("div", "fact-top"), kind,
      f.mode ? el("span", "badge mode", MODES[f.mode] || f.mode) : null,
      f.negated ? el("span", "badge neg", "negated") : null,
      f.modality ? el("span", "badge", f.modality) : null,
      el("span", "fact-date", fmtDate(f.date)));
    var who = add(el("div", "fact-who"), actorLink(f.from), " ", el("span", "cue", f.label || (f.kind === "relation" ? "→" : "says")),
      " → ", f.to ? actorLink(f.to) : el("span", "cue", "(no one named)"));
    var art = articleById[f.article] || {};
    var src = add(el("div", "fact-src"), el("span", "art", f.article || "unknown article"),
      art.publisher ? " · " + art.publisher : null, art.title ? " · “" + art.title + "”" : null);
    return add(card, top, who, f.quote ? el("blockquote", "fact-quote", "« " + f.quote + " »") : null, evidence(f), src);
  }
  function factList(body, facts) {
    var shown = facts.filter(function (f) { return factOn[f.id]; }).sort(newestFirst);
    var outside = facts.length - shown.length;
    add(body, el("h3", null, "Facts · newest first (" + shown.length + ")"));
    var list = el("div", "facts");
    body.appendChild(list);
    shown.slice(0, MAX_CARDS).forEach(function (f) { list.appendChild(factCard(f)); });
    if (shown.length > MAX_CARDS) {
      var more = el("button", null, "Show all " + shown.length + " facts");
      more.addEventListener("click", function () {
        more.remove();
        shown.slice(MAX_CARDS).forEach(function (f) { list.appendChild(factCard(f)); });
      });
      add(body, more);
    }
    if (outside) add(body, el("p", "more", (outside === 1 ? "1 more fact is" : outside + " more facts are") + " outside the current filters."));
  }
  function timeline(body, node) {
    var said = factsByNode[node.id].filter(function (f) { return f.kind === "statement" && f.from === node.id && factOn[f.id]; })
      .sort(oldestFirst);
    if (!said.length) return;
    add(body, el("h3", null, "Statements over time (" + said.length + ")"));
    var list = el("ol", "timeline");
    body.appendChild(list);
    said.forEach(function (f) {
      var what = add(el("div", "what"), el("span", "cue", f.label || "says"), " → ", actorLink(f.to));
      if (f.quote) add(what, " ", el("span", "q", "« " + (f.quote.length > 90 ? f.quote.slice(0, 88) + "…" : f.quote) + " »"));
      list.appendChild(add(el("li"), el("div", "when", fmtDate(f.date)), what));
    });
  }
  function renderPanel() {
    var kicker = clear($("panel-kicker")), title = clear($("panel-title")), sub = clear($("panel-sub"));
    var body = clear($("panel-body"));
    var sel = state.selection;
    if (!sel) {
      add(kicker, "Details");
      add(title, "Who said what about whom");
      var help = add(el("div", "empty-state"), el("p", null, "Each shape is an actor; each line gathers the facts linking two actors, with the sentence they come from."),
        add(el("ol"), el("li", null, "Click an actor to see its statements over time and every fact it takes part in."),
          el("li", null, "Click a line to read the quotes and the evidence sentences, newest first."),
          el("li", null, "Narrow the period, the kinds of fact or the actor types on the left.")));
      add(body, help);
      var top = DATA.nodes.slice().sort(function (a, b) { return b.value - a.value || a.label.localeCompare(b.label); }).slice(0, 8);
      if (top.length) {
        add(body, el("h3", null, "Most connected actors"));
        var list = el("ul", "top-actors");
    body.appendChild(list);
        top.forEach(function (n) {
          var st = actorStyle(n.type);
          list.appendChild(add(el("li"), shapeSwatch(st.shape, st.color), actorLink(n.id), el("span", "count", plural(n.value, "fact", "facts"))));
        });
      }
      return;
    }
    if (sel.type === "node") {
      var n = nodeById[sel.id], st = actorStyle(n.type);
      add(kicker, shapeSwatch(st.shape, st.color), st.label);
      add(title, n.label);
      var bits = [plural(factsByNode[n.id].length, "fact", "facts")];
      if (n.community !== null && n.community !== undefined) bits.push("community " + n.community);
      if (n.altLabels && n.altLabels.length) add(sub, el("div", null, "Also: " + n.altLabels.join(", ")));
      add(sub, el("div", null, bits.join(" · ")));
      if (!nodeOn[n.id]) add(body, el("p", "note", "Hidden from the network by the current filters."));
      timeline(body, n);
      factList(body, factsByNode[n.id]);
    } else {
      var e = edgeById[sel.id];
      var kind = el("span", "swatch-line");
      kind.style.borderColor = e.kind === "relation" ? eventColor(e.eventType) : STYLE.statement;
      add(kicker, kind, e.kind === "relation" ? "Relation · " + eventName(e.eventType) : "Statement");
      add(title, actorLink(e.from), el("span", "arrow", e.symmetric ? "↔" : "→"), actorLink(e.to));
      var facts = e.facts.map(function (id) { return factById[id]; }).filter(Boolean);
      var dated = facts.filter(function (f) { return f.date; }).sort(oldestFirst);
      var span = dated.length ? " · " + fmtDate(dated[0].date) + (dated.length > 1 && dated[dated.length - 1].date !== dated[0].date ?
        " → " + fmtDate(dated[dated.length - 1].date) : "") : "";
      add(sub, plural(e.count, "fact", "facts") + span + (e.negated ? " · negated" : ""));
      if (!edgeOn[e.id]) add(body, el("p", "note", "Hidden from the network by the current filters."));
      factList(body, facts);
    }
    $("panel").scrollTop = 0;
  }

  /* ---- start ---------------------------------------------------------------- */
  buildLegend();
  buildControls();
  buildSearch();
  renderStats();
  renderPanel();

  var api = window.newsgraph = {
    ready: false, network: network, nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    data: DATA, dates: dates, state: state,
    selectNode: selectNode, selectEdge: selectEdge, clearSelection: clearSelection, findActors: findActors,
    applyFilters: applyFilters, setPhysics: setPhysics, resetView: resetView,
    visibleNodeIds: function () { return nodesView.getIds(); },
    visibleEdgeIds: function () { return edgesView.getIds(); },
    visibleFactIds: function () { return DATA.facts.filter(function (f) { return factOn[f.id]; }).map(function (f) { return f.id; }); }
  };
  network.once("afterDrawing", function () {
    api.ready = true;
    document.body.setAttribute("data-ready", "true");
  });
  fitAll(false);
})();

/* ==== diff block (newsgraph diff --format html; graph/diffview.py) ====================
 * Separate from the explorer above: it runs only when facts carry a "diff" mark
 * ("added" | "removed" | "kept"). Edges take the colour of their mark (kept ones faded),
 * fact cards get a badge, and a legend with counts goes above the fact legend.
 * Colours: Okabe-Ito, told apart with the common colour-vision deficiencies. */
(function () {
  "use strict";
  var api = window.newsgraph;
  if (!api || !api.data) return;
  var DIFF = {
    added: { color: "#009E73", opacity: 1, name: "Added", hint: "in the second period only" },
    removed: { color: "#D55E00", opacity: 1, name: "Removed", hint: "in the first period only" },
    kept: { color: "#9AA3AF", opacity: 0.35, name: "Kept", hint: "in both periods (faded)" }
  };
  var ORDER = ["added", "removed", "kept"];
  var factMark = {};
  api.data.facts.forEach(function (f) { if (DIFF[f.diff]) factMark[f.id] = f.diff; });
  if (!Object.keys(factMark).length) return;

  var edgeMark = {}, counts = { added: 0, removed: 0, kept: 0 };
  api.data.edges.forEach(function (e) {
    var found = {};
    (e.facts || []).forEach(function (id) { if (factMark[id]) found[factMark[id]] = true; });
    var mark = ORDER.filter(function (m) { return found[m]; })[0] || "kept";
    edgeMark[e.id] = mark;
    counts[mark]++;
  });
  api.edges.update(api.data.edges.map(function (e) {
    var d = DIFF[edgeMark[e.id]];
    return { id: e.id, color: { color: d.color, highlight: d.color, hover: d.color, opacity: d.opacity } };
  }));

  function node(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined) n.textContent = String(text);
    return n;
  }
  var legend = node("section", "block");
  legend.id = "diff-legend";
  var title = node("div", "block-title", "Diff ");
  title.appendChild(node("span", "hint", "line colour"));
  legend.appendChild(title);
  ORDER.forEach(function (mark) {
    var d = DIFF[mark], row = node("div", "check row");
    row.dataset.diff = mark;
    var swatch = node("span", "swatch-line");
    swatch.style.borderColor = d.color;
    swatch.style.opacity = String(d.opacity);
    row.appendChild(swatch);
    row.appendChild(node("span", "name", d.name));
    row.appendChild(node("span", "count", counts[mark] + (counts[mark] === 1 ? " link" : " links")));
    legend.appendChild(row);
    legend.appendChild(node("div", "sub", d.hint));
  });
  var anchor = document.getElementById("legend");
  if (anchor && anchor.parentNode) anchor.parentNode.insertBefore(legend, anchor);

  /* Fact cards are redrawn with the panel: badge each new one. */
  function badge(root) {
    Array.prototype.forEach.call(root.querySelectorAll("article.fact"), function (card) {
      var mark = factMark[card.dataset.fact], top = card.querySelector(".fact-top");
      if (!mark || !top || top.querySelector(".diff-badge")) return;
      var b = node("span", "badge diff-badge", mark);
      b.style.background = DIFF[mark].color;
      b.style.color = "#fff";
      top.insertBefore(b, top.children[1] || null);
    });
  }
  var body = document.getElementById("panel-body");
  if (body) {
    new MutationObserver(function () { badge(body); }).observe(body, { childList: true, subtree: true });
    badge(body);
  }
  api.diff = { factMark: factMark, edgeMark: edgeMark, counts: counts, colors: DIFF };
})();
