/* conflictmap.js - the client side of the conflict-map pages.
 *
 * Needs only Leaflet (and Leaflet.markercluster for the places layer), both inlined
 * in the page or loaded from the shared assets/ folder, so maps work from disk with
 * no network.  Every string that comes from a report or the gazetteer is inserted
 * with textContent / createTextNode, never as HTML.
 *
 * Layers are declared in one registry (CM.registerLayer): each entry says which pages
 * it belongs to, how to build it from the page's data, and (on the timeline) how to
 * follow the selected date.  A page builds every registered layer in order, lists it
 * in the layers control, and keeps its on/off state in the URL hash, so a layer added
 * later needs one registerLayer call and nothing else.
 */
(function (global) {
  "use strict";
  var CM = {};

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") { node.textContent = attrs[k]; }
        else if (k === "cls") { node.className = attrs[k]; }
        else { node.setAttribute(k, attrs[k]); }
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }
  CM.el = el;

  /* Only http(s) links become anchors; anything else (javascript:, data:) stays text. */
  CM.safeUrl = function (u) {
    return (typeof u === "string" && /^https?:\/\/[^\s"'<>]+$/i.test(u)) ? u : null;
  };

  /* A sentence with the mention [a, b) highlighted: the offsets of that very mention, so a
   * name the sentence repeats is marked where it was read.  With no span (a < 0, or a, b
   * missing: the name is not in the sentence) the sentence is shown unmarked.  Text nodes only. */
  CM.sentence = function (text, a, b) {
    return CM.sentenceMarks(text, [[a, b]]);
  };

  CM.reportLine = function (rep) {
    var url = CM.safeUrl(rep.u);
    var title = rep.t || rep.id || "report";
    var head = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: title })
                   : el("span", { text: title });
    return el("div", { cls: "cm-report" }, [head, rep.s ? el("span", { cls: "cm-source", text: " - " + rep.s }) : null]);
  };

  /* -- colours: one style per controller, from render.controller_styles ------------------ */

  var LAND = "#f4f1ea";

  function rgba(hex, alpha) {
    var h = String(hex || "#9e9e9e").replace("#", "");
    return "rgba(" + parseInt(h.slice(0, 2), 16) + "," + parseInt(h.slice(2, 4), 16) + "," +
           parseInt(h.slice(4, 6), 16) + "," + alpha + ")";
  }
  CM.rgba = rgba;

  function style(data, idx) {
    return data.controllers[idx] || { label: "unknown", short: "unknown", colour: "#9e9e9e", fill: 0.18, hatch: true };
  }

  /* CSS for a swatch or chip: the colour as the map shows it over the land colour. */
  function swatchCss(c) {
    return c.hatch ? "background-color:" + c.colour
                   : "background-color:" + LAND + ";background-image:linear-gradient(" + rgba(c.colour, c.fill) +
                     "," + rgba(c.colour, c.fill) + ")";
  }

  function controllerChip(data, idx) {
    var c = style(data, idx);
    return el("span", { cls: "cm-chip" + (c.hatch ? " cm-hatch" : ""), style: "background-color:" + c.colour }, [c.short || c.label]);
  }
  CM.controllerChip = controllerChip;

  /* SVG hatch patterns (one per colour) in a hidden <svg>; Leaflet paths fill with url(#id). */
  var patterns = {};
  CM.svgHatch = function (colour) {
    if (patterns[colour]) { return patterns[colour]; }
    var ns = "http://www.w3.org/2000/svg";
    var holder = document.getElementById("cm-patterns");
    if (!holder) {
      holder = document.createElementNS(ns, "svg");
      holder.setAttribute("id", "cm-patterns");
      holder.setAttribute("width", "0"); holder.setAttribute("height", "0");
      holder.setAttribute("style", "position:absolute");
      holder.appendChild(document.createElementNS(ns, "defs"));
      document.body.appendChild(holder);
    }
    var id = "cm-hatch-" + Object.keys(patterns).length;
    var p = document.createElementNS(ns, "pattern");
    p.setAttribute("id", id);
    p.setAttribute("width", "8"); p.setAttribute("height", "8");
    p.setAttribute("patternUnits", "userSpaceOnUse");
    p.setAttribute("patternTransform", "rotate(45)");
    var bg = document.createElementNS(ns, "rect");
    bg.setAttribute("width", "8"); bg.setAttribute("height", "8");
    bg.setAttribute("fill", colour); bg.setAttribute("fill-opacity", "0.12");
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", "0"); line.setAttribute("y1", "0"); line.setAttribute("x2", "0"); line.setAttribute("y2", "8");
    line.setAttribute("stroke", colour); line.setAttribute("stroke-width", "2.5"); line.setAttribute("stroke-opacity", "0.7");
    p.appendChild(bg); p.appendChild(line);
    holder.firstChild.appendChild(p);
    patterns[colour] = id;
    return id;
  };

  /* The same hatch for canvases. */
  var canvasPatterns = {};
  CM.canvasHatch = function (ctx, colour) {
    if (canvasPatterns[colour]) { return canvasPatterns[colour]; }
    var c = document.createElement("canvas");
    c.width = 8; c.height = 8;
    var g = c.getContext("2d");
    g.fillStyle = rgba(colour, 0.12); g.fillRect(0, 0, 8, 8);
    g.strokeStyle = rgba(colour, 0.7); g.lineWidth = 1.8;
    g.beginPath(); g.moveTo(-2, 10); g.lineTo(10, -2); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6);
    g.stroke();
    canvasPatterns[colour] = ctx.createPattern(c, "repeat");
    return canvasPatterns[colour];
  };

  /* Zone style: the controller's colour at its opacity; unknown (and any feature with
   * properties.h, e.g. a pocket) hatched in its colour. */
  CM.zoneStyle = function (data) {
    return function (f) {
      var c = style(data, f.properties.c);
      var hatch = c.hatch || f.properties.h;
      return { color: c.colour, weight: 1.2, opacity: 0.9,
               fillColor: hatch ? "url(#" + CM.svgHatch(c.colour) + ")" : c.colour,
               fillOpacity: hatch ? 1 : c.fill };
    };
  };

  /* -- names: the same skeleton as geo/names.py, for the search box --------------------- */

  var APOS = "'\u2018\u2019`\u00b4\u02bf\u02be\u02bb\u02bc\u2032\u2033\u02c8";
  var AR_FOLD = { "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627", "\u0629": "\u0647",
                  "\u0649": "\u064a", "\u0624": "\u0648", "\u0626": "\u064a", "\u06a9": "\u0643", "\u06cc": "\u064a",
                  "\u06c0": "\u0647" };
  var LAT_FOLD = { e: "a", o: "u", q: "k", d: "z", "\u0131": "i", "\u00df": "s", "\u00e6": "a", "\u00f8": "u",
                   "\u0111": "z", "\u0142": "l", "\u00fe": "z", "\u00f0": "z" };
  var RE_MARK = /\p{M}/u, RE_MARKS = /\p{M}/gu, RE_LETTER = /\p{L}/u;
  var foldCache = {};

  function foldChar(ch) {
    var hit = foldCache[ch];
    if (hit !== undefined) { return hit; }
    var out;
    if (ch.length > 1) { out = " "; }  /* beyond the BMP: a separator, as in the Python table */
    else if (APOS.indexOf(ch) >= 0 || RE_MARK.test(ch) || ch === "\u0640") { out = ""; }
    else if (AR_FOLD[ch]) { out = AR_FOLD[ch]; }
    else if (ch >= "0" && ch <= "9") { out = ch; }
    else if (!RE_LETTER.test(ch)) { out = " "; }
    else if (ch >= "\u0600" && ch <= "\u06ff") { out = ch; }
    else {
      var low = ch.toLowerCase();
      var base = low.normalize("NFKD").replace(RE_MARKS, "") || low;
      base = base.charAt(0);
      out = LAT_FOLD[base] || base;
    }
    foldCache[ch] = out;
    return out;
  }

  /* Skeleton of a name: case, diacritics, ayn/hamza marks, vowel and consonant folds,
   * doubled letters, articles (see geo/names.py, which the tests compare it with). */
  CM.skeleton = function (text) {
    var it = Array.from(String(text)), raw = [" "], i, k;
    for (i = 0; i < it.length; i++) { raw.push(foldChar(it[i])); }
    raw.push(" ");
    /* an English possessive ends the name it follows: "Aleppo's" names Aleppo ("Ra's" keeps its s) */
    for (k = 3; k + 2 < raw.length; k++) {
      if (raw[k] === "" && APOS.indexOf(it[k - 1]) >= 0 && raw[k + 1] === "s" && raw[k + 2] === " " &&
          raw[k - 1] >= "a" && raw[k - 2] >= "a" && raw[k - 3] >= "a") { raw[k + 1] = " "; }
    }
    var g = [" "], src = [-1], pos = 0;
    for (i = 0; i < it.length; i++) {
      if (raw[i + 1] !== "") { g.push(raw[i + 1]); src.push(pos); }
      pos += it[i].length;
    }
    g.push(" "); src.push(pos + 1);
    var n = g.length, digraph = new Array(n).fill(false);
    for (k = 1; k < n; k++) { digraph[k] = g[k] === "h" && (g[k - 1] === "z" || g[k - 1] === "t"); }
    for (k = 1; k < n; k++) { if (digraph[k]) { g[k - 1] = "z"; } }
    var toY = new Array(n).fill(false);
    for (k = 1; k < n; k++) { toY[k] = g[k] === "i" && g[k - 1] === "a"; }
    for (k = 1; k < n; k++) { if (toY[k]) { g[k] = "y"; } }
    var drop = new Array(n).fill(false);
    /* doubled Latin letters collapse (Arabic script writes no doubled letter for one) */
    for (k = 1; k < n; k++) { drop[k] = digraph[k] || (g[k] === g[k - 1] && g[k] < "\u0600"); }
    for (k = 1; k < n - 1; k++) {
      if (g[k] === "h" && g[k + 1] === " " && (g[k - 1] === "a" || g[k - 1] === "i" || g[k - 1] === "u")) { drop[k] = true; }
      /* the construct "-at" of a final taa marbuta: Lajat, Maarrat -> laja, mara */
      if (g[k] === "t" && g[k + 1] === " " && g[k - 1] === "a" && k >= 4 && g[k - 2] >= "a" && g[k - 3] >= "a" &&
          g[k - 2] !== "a") { drop[k] = true; }
    }
    var g2 = [], s2 = [];
    for (k = 0; k < n; k++) { if (!drop[k]) { g2.push(g[k]); s2.push(src[k]); } }
    var drop2 = new Array(g2.length).fill(false), start = -1;
    for (k = 0; k < g2.length; k++) {
      if (g2[k] !== " " && start < 0) { start = k; }
      if (g2[k] === " " && start >= 0) {
        var len = k - start, a = g2[start], b = g2[start + 1];
        if (len === 2 && (a === "a" || a === "u" || a === "i") && "lnrstz".indexOf(b) >= 0 && (a === "a" || b === "l") &&
            s2[start + 1] - s2[start] === 1) {
          drop2[start] = drop2[start + 1] = drop2[start + 2] = true;
        } else if (len === 3 && a === "a" && b === "s" && g2[start + 2] === "h" && s2[start + 2] - s2[start] === 2) {
          drop2[start] = drop2[start + 1] = drop2[start + 2] = drop2[start + 3] = true;
        } else if (len >= 4 && a === "\u0627" && b === "\u0644") {
          drop2[start] = drop2[start + 1] = true;
        }
        start = -1;
      }
    }
    var out = "";
    for (k = 0; k < g2.length; k++) { if (!drop2[k]) { out += g2[k]; } }
    return out.trim();
  };

  /* -- labels: one collision-aware layer for every source of names ------------------------ */

  var measure = null, widths = {};
  function textWidth(text, font) {
    var key = font + "|" + text;
    if (widths[key] === undefined) {
      if (!measure) { measure = document.createElement("canvas").getContext("2d"); }
      measure.font = font;
      widths[key] = Math.ceil(measure.measureText(text).width);
    }
    return widths[key];
  }

  var LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif";
  var LABEL_CLASSES = {
    city: { font: "600 13px " + LABEL_FONT, h: 16, dot: 6 },
    town: { font: "12px " + LABEL_FONT, h: 15, dot: 5 },
    village: { font: "11px " + LABEL_FONT, h: 14, dot: 4 },
    place: { font: "700 12px " + LABEL_FONT, h: 15, dot: 0 },
    road: { font: "700 10px " + LABEL_FONT, h: 14, dot: 0 }
  };

  /* Labels are placed greedily by priority: each tries the right, left, top and bottom of
   * its point and is dropped if every position collides with a label or symbol already
   * placed.  Sources: {id, active(map), items(zoom) -> [{t, y, x, pri, cls, r, fixed}]}. */
  CM.LabelLayer = L.Layer.extend({
    initialize: function () { this._sources = []; this._nodes = []; this._placed = []; },
    addSource: function (src) {
      this._sources = this._sources.filter(function (s) { return s.id !== src.id; });
      this._sources.push(src);
      if (this._map) { this.relabel(); }
      return this;
    },
    onAdd: function (map) {
      this._map = map;
      if (!map.getPane("cm-labels")) {
        var pane = map.createPane("cm-labels");
        pane.style.zIndex = 610; pane.style.pointerEvents = "none";
        pane.classList.add("leaflet-zoom-hide");
      }
      this._root = L.DomUtil.create("div", "cm-labels", map.getPane("cm-labels"));
      map.on("moveend zoomend resize viewreset overlayadd overlayremove", this._schedule, this);
      this.relabel();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._root);
      map.off("moveend zoomend resize viewreset overlayadd overlayremove", this._schedule, this);
    },
    _schedule: function () {
      var self = this;
      if (this._pending) { return; }
      this._pending = true;
      setTimeout(function () { self._pending = false; if (self._map) { self.relabel(); } }, 0);
    },
    relabel: function () {
      var map = this._map, zoom = map.getZoom(), size = map.getSize();
      var bounds = map.getBounds().pad(0.05), cands = [];
      this._sources.forEach(function (s) {
        if (s.active && !s.active(map)) { return; }
        s.items(zoom).forEach(function (c) { if (bounds.contains([c.y, c.x])) { cands.push(c); } });
      });
      cands.sort(function (a, b) { return b.pri - a.pri; });
      var grid = {}, cell = 48, boxes = [];
      function cellsOf(b) {
        var out = [];
        for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
          for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) { out.push(gx + ":" + gy); }
        }
        return out;
      }
      function hits(b) {
        var keys = cellsOf(b);
        for (var i = 0; i < keys.length; i++) {
          var list = grid[keys[i]] || [];
          for (var j = 0; j < list.length; j++) {
            var o = boxes[list[j]];
            if (b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]) { return true; }
          }
        }
        return false;
      }
      function add(b) {
        boxes.push(b);
        cellsOf(b).forEach(function (k) { (grid[k] = grid[k] || []).push(boxes.length - 1); });
      }
      var pts = cands.map(function (c) { return map.latLngToContainerPoint([c.y, c.x]); });
      cands.forEach(function (c, i) {  /* symbols always drawn are obstacles from the start */
        if (c.fixed) { var r = c.r || 6; add([pts[i].x - r, pts[i].y - r, pts[i].x + r, pts[i].y + r]); }
      });
      var placed = [], seen = {};
      cands.forEach(function (c, i) {
        if (c.obstacle) { return; }
        var key = c.t + "|" + Math.round(c.y * 50) + "|" + Math.round(c.x * 50);
        if (seen[key]) { return; }
        var p = pts[i], k = LABEL_CLASSES[c.cls] || LABEL_CLASSES.village;
        var w = textWidth(c.t, k.font) + (c.cls === "road" ? 8 : 2), h = k.h, r = c.r || k.dot / 2 + 1;
        var dot = c.fixed ? null : (k.dot ? [p.x - r, p.y - r, p.x + r, p.y + r] : null);
        if (dot && hits(dot)) { return; }
        var tries = c.cls === "road" ? [[p.x - w / 2, p.y - h / 2]]
          : [[p.x + r + 2, p.y - h / 2], [p.x - r - 2 - w, p.y - h / 2], [p.x - w / 2, p.y - r - 1 - h], [p.x - w / 2, p.y + r + 1]];
        for (var t = 0; t < tries.length; t++) {
          var b = [tries[t][0], tries[t][1], tries[t][0] + w, tries[t][1] + h];
          if (b[0] < 0 || b[1] < 0 || b[2] > size.x || b[3] > size.y || hits(b)) { continue; }
          add(b);
          if (dot) { add(dot); }
          seen[key] = true;
          placed.push({ c: c, box: b, p: p, dot: !!dot, r: r });
          return;
        }
      });
      this._render(placed);
      this._placed = placed;
      this.fire("labelled");
    },
    _render: function (placed) {
      var map = this._map, root = this._root, nodes = this._nodes;
      var origin = map.containerPointToLayerPoint([0, 0]);
      while (nodes.length < placed.length) {
        var n = { label: L.DomUtil.create("div", "cm-label", root), dot: L.DomUtil.create("div", "cm-label-dot", root) };
        nodes.push(n);
      }
      nodes.forEach(function (n, i) {
        var q = placed[i];
        if (!q) { n.label.style.display = "none"; n.dot.style.display = "none"; return; }
        n.label.style.display = "";
        n.label.className = "cm-label cm-label-" + q.c.cls;
        n.label.textContent = q.c.t;
        L.DomUtil.setPosition(n.label, L.point(q.box[0] + origin.x, q.box[1] + origin.y));
        if (q.dot) {
          n.dot.style.display = "";
          n.dot.className = "cm-label-dot cm-label-dot-" + q.c.cls;
          L.DomUtil.setPosition(n.dot, L.point(q.p.x + origin.x, q.p.y + origin.y));
        } else { n.dot.style.display = "none"; }
      });
    }
  });

  /* Label candidates of the gazetteer's settlements: cities from zoom 6-8 (by size),
   * towns from 8-9, villages from 10-11; more populous places win collisions. */
  CM.settlementLabels = function (basemap) {
    var P = basemap.places || { n: [] }, items = [];
    for (var i = 0; i < P.n.length; i++) {
      var kind = P.k[i], pop = P.p[i] || 0, z, pri;
      if (kind === "city") { z = pop >= 1e6 ? 5 : pop >= 2e5 ? 7 : 8; pri = 800; }
      else if (kind === "town") { z = pop >= 30000 ? 8 : 9; pri = 500; }
      else if (kind === "village") { z = pop >= 3000 ? 10 : 11; pri = 200; }
      else { continue; }
      items.push({ t: P.n[i], y: P.y[i], x: P.x[i], cls: kind, z: z, pri: pri + Math.log(pop + 1) * 10 });
    }
    return { id: "settlements", items: function (zoom) { return items.filter(function (c) { return zoom >= c.z; }); } };
  };

  /* -- basemap ------------------------------------------------------------------------------- */

  /* Offline basemap: land fill under everything (even online tiles, which then cover it),
   * borders, governorates, rivers and roads above the zones' fill but below the markers. */
  CM.basemap = function (basemap, map) {
    if (!map.getPane("cm-land")) { map.createPane("cm-land").style.zIndex = 150; }
    if (!map.getPane("cm-lines")) { map.createPane("cm-lines").style.zIndex = 405; }
    map.getPane("cm-lines").style.pointerEvents = "none";
    var group = L.featureGroup();
    L.geoJSON(basemap.countries, { pane: "cm-land", style: { stroke: false, fillColor: LAND, fillOpacity: 1 },
                                   interactive: false }).addTo(group);
    L.geoJSON(basemap.countries, { pane: "cm-lines", style: { color: "#555", weight: 1.3, fill: false },
                                   interactive: false }).addTo(group);
    L.geoJSON(basemap.rivers, { pane: "cm-lines", style: { color: "#6aa5d8", weight: 1.4 }, interactive: false }).addTo(group);
    L.geoJSON(basemap.admin1, { pane: "cm-lines", style: { color: "#8a8a8a", weight: 0.8, dashArray: "3 3", fill: false },
                                interactive: false }).addTo(group);
    (basemap.roads || []).forEach(function (r) {
      r.ll = r.ll || CM.latLngs(r.c);
      L.polyline(r.ll, { pane: "cm-lines", color: "#fff", weight: 4.5, opacity: 0.9, interactive: false }).addTo(group);
      L.polyline(r.ll, { pane: "cm-lines", color: "#c8892b", weight: 2.2, opacity: 0.95, interactive: false }).addTo(group);
    });
    return group;
  };

  /* [lon0, lat0, lon1, lat1, ...] -> [[lat, lon], ...] */
  CM.latLngs = function (flat) {
    var out = [];
    for (var i = 0; i + 1 < flat.length; i += 2) { out.push([flat[i + 1], flat[i]]); }
    return out;
  };

  CM.roadLabels = function (basemap) {
    var items = [];
    (basemap.roads || []).forEach(function (r) {
      var ll = r.ll || (r.ll = CM.latLngs(r.c));
      if (!r.s || !ll.length) { return; }
      [0.3, 0.7].forEach(function (f) {  /* a shield a third of the way in from each end */
        var p = ll[Math.min(ll.length - 1, Math.floor(f * (ll.length - 1)))];
        var q = ll[Math.min(ll.length - 1, Math.floor(f * (ll.length - 1)) + 1)];
        items.push({ t: r.s, y: (p[0] + q[0]) / 2, x: (p[1] + q[1]) / 2, cls: "road", pri: 650, z: 8 });
      });
    });
    return { id: "roads", items: function (zoom) { return items.filter(function (c) { return zoom >= c.z; }); } };
  };

  /* -- markers ---------------------------------------------------------------------------- */

  CM.placePopup = function (data, p) {
    var box = el("div", { cls: "cm-popup" });
    box.appendChild(el("h3", { text: p.n }));
    var meta = el("div", { cls: "cm-meta" }, [
      el("span", { text: (data.kinds[p.k] || "place") + (p.a ? ", " + p.a : "") + " - held by " }),
      controllerChip(data, p.c),
      el("span", { text: " - confidence " + Number(p.f).toFixed(2) })
    ]);
    box.appendChild(meta);
    if (p.q) {
      box.appendChild(el("div", { cls: "cm-approx-note",
        text: "Approximate position: the gazetteer lacks this place; it is drawn from the places the report " +
              "names with it (in or beside one, or between a road's two ends)." }));
    }
    if (p.v && p.v.length) {
      box.appendChild(el("div", { cls: "cm-variants", text: "Written as: " + p.v.join(", ") }));
    }
    if (p.w) { box.appendChild(el("div", { cls: "cm-why", text: "Why: " + p.w })); }
    // a sentence that names the place twice is quoted once, both marked
    CM.groupBy(p.m || [], function (m) { return m[0] + "/" + m[3]; }).forEach(function (ms) {
      var rep = data.reports[ms[0][3]] || {};
      var spans = ms.map(function (m) { return [m[1], m[2]]; });
      box.appendChild(el("div", { cls: "cm-mention" }, [CM.sentenceMarks(data.sentences[ms[0][0]], spans), CM.reportLine(rep)]));
    });
    return box;
  };

  CM.eventPopup = function (data, ev, i) {
    var actor = data.actors[ev.a[i]] || "";
    var rep = data.reports[ev.r[i]] || {};
    var sent = data.sentences[ev.s[i]] || "";
    return el("div", { cls: "cm-popup" }, [
      el("h3", { text: (data.eventKinds[ev.k[i]] || "event") + " - " + (data.names[ev.p[i]] || "") }),
      el("div", { cls: "cm-meta", text: (actor ? "by " + actor : "actor not named") + " - " + (data.dates[ev.d[i]] || "") }),
      el("div", { cls: "cm-mention" }, [CM.sentence(sent, ev.sa[i], ev.sb[i]), CM.reportLine(rep)])
    ]);
  };

  /* Symbols per place kind, drawn with CSS (no image files). */
  var SYMBOL = { airbase: "\u2708", base: "\u2691", road: "\u2550", crossing: "\u2194", dam: "\u224b",
                 region: "\u25cc", plain: "\u25cc", mountain: "\u25b2", hill: "\u25b4", governorate: "\u25a2" };

  function markerSize(kind) { return kind === "city" ? 18 : kind === "town" ? 14 : 11; }

  CM.placeMarker = function (data, p) {
    var kind = data.kinds[p.k] || "village";
    var colour = style(data, p.c).colour;
    var size = markerSize(kind);
    var sym = SYMBOL[kind] || "";
    var icon = L.divIcon({
      className: "cm-place cm-kind-" + kind + (p.q ? " cm-approx" : ""),
      html: "<span style=\"background:" + colour + ";width:" + size + "px;height:" + size + "px;line-height:" +
            size + "px\">" + sym + "</span>",
      // an approximate place sits on its container's point: drawn a little up and right of it, beneath it, so
      // both can be seen and clicked
      iconSize: [size, size], iconAnchor: p.q ? [size / 2 - 10, size / 2 + 10] : [size / 2, size / 2]
    });
    var m = L.marker([p.y, p.x], { icon: icon, title: p.n, keyboard: false, zIndexOffset: p.q ? -500 : 0 });
    m.bindPopup(function () { return CM.placePopup(data, p); }, { maxWidth: 420 });
    m.cmPlace = p;
    return m;
  };

  /* Clusters in one neutral colour with the count: green or yellow bubbles would read as
   * a side's territory. */
  function clusterIcon(cluster) {
    var n = cluster.getChildCount(), size = n < 10 ? 26 : n < 100 ? 32 : 38;
    return L.divIcon({ html: "<span>" + n + "</span>", className: "cm-cluster", iconSize: [size, size] });
  }

  CM.placesLayer = function (data, places) {
    var group = L.markerClusterGroup ? L.markerClusterGroup({
      maxClusterRadius: 36, disableClusteringAtZoom: 10, showCoverageOnHover: false, chunkedLoading: true,
      iconCreateFunction: clusterIcon
    }) : L.featureGroup();
    group.cmSet = function (list) {
      group.clearLayers();
      var markers = list.map(function (p) { return CM.placeMarker(data, p); });
      if (group.addLayers) { group.addLayers(markers); } else { markers.forEach(function (m) { group.addLayer(m); }); }
    };
    group.cmSet(places || data.places);
    return group;
  };

  /* Labels of the places a page shows, for markers that are on screen and not clustered. */
  CM.markerLabels = function (group) {
    return {
      id: "places",
      active: function (map) { return map.hasLayer(group); },
      items: function () {
        var out = [], clusters = {};
        group.getLayers().forEach(function (m) {
          var parent = group.getVisibleParent ? group.getVisibleParent(m) : m;
          if (parent !== m) {  /* a cluster bubble: an obstacle for labels, with no label of its own */
            if (parent && !clusters[L.stamp(parent)]) {
              clusters[L.stamp(parent)] = true;
              var cl = parent.getLatLng();
              out.push({ t: "", y: cl.lat, x: cl.lng, pri: 2000, fixed: true, obstacle: true, r: 20 });
            }
            return;
          }
          var p = m.cmPlace, ll = m.getLatLng();
          out.push({ t: p.n, y: ll.lat, x: ll.lng, cls: "place", pri: 1000 - p.k, fixed: true,
                     r: markerSize(m.options.icon.options.className.split("cm-kind-")[1]) / 2 + 1 });
        });
        return out;
      }
    };
  };

  CM.areasLayer = function (data) {
    return L.geoJSON(data.areas, {
      style: function () {
        return { color: "#4a235a", weight: 1.6, dashArray: "6 5", fillColor: "#8e44ad", fillOpacity: 0.08 };
      },
      onEachFeature: function (f, layer) {
        layer.bindPopup(function () { return CM.placePopup(data, f.properties); }, { maxWidth: 420 });
        layer.bindTooltip(document.createTextNode(f.properties.n + " (uncertain area)"), { sticky: true });
      }
    });
  };

  CM.changeRing = function (data, ch) {
    var to = style(data, ch.t), from = style(data, ch.f);
    var ring = L.circleMarker([ch.y, ch.x], { radius: 13, color: to.colour, weight: 4, fill: false,
                                              className: "cm-change-ring" });
    ring.bindPopup(function () {
      return el("div", { cls: "cm-popup" }, [
        el("h3", { text: ch.n + " changed hands" }),
        el("div", { cls: "cm-meta" }, [controllerChip(data, ch.f), " \u2192 ", controllerChip(data, ch.t),
                                        ch.k ? " (" + ch.k + ")" : ""]),
        ch.s ? el("div", { cls: "cm-mention" }, [CM.sentence(ch.s, (ch.m || [])[0], (ch.m || [])[1])]) : null
      ].concat((ch.e || []).map(function (ev) {
        /* evidence of the state about this place: the sentence (its mention marked) and what the model did with it */
        return el("div", { cls: "cm-mention cm-evidence" }, [CM.sentence(ev[0], ev[2], ev[3]),
                                                             el("span", { cls: "cm-small", text: " (" + ev[1] + ")" })]);
      })));
    });
    ring.bindTooltip(document.createTextNode(ch.n + ": " + from.label + " \u2192 " + to.label));
    return ring;
  };

  CM.changesLayer = function (data, list) {
    var group = L.featureGroup();
    (list || data.changes || []).forEach(function (ch) { group.addLayer(CM.changeRing(data, ch)); });
    return group;
  };

  /* Points drawn straight onto one canvas: scales to 100,000+ events.
   * pts: {y:[], x:[], k:[] ...}; colourOf(i) and visible(i) decide the drawing. */
  CM.CanvasPoints = L.Layer.extend({
    initialize: function (pts, options) {
      this._pts = pts;
      L.setOptions(this, options);
      this._visible = options.visible || function () { return true; };
    },
    onAdd: function (map) {
      this._map = map;
      var c = this._canvas = L.DomUtil.create("canvas", "cm-canvas leaflet-zoom-hide");
      if (!map.getPane("cm-points")) { map.createPane("cm-points").style.zIndex = 450; }
      map.getPane("cm-points").appendChild(c);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      map.on("click", this._onClick, this);
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("click", this._onClick, this);
    },
    setFilter: function (fn) { this._visible = fn; if (this._map) { this.redraw(); } },
    redraw: function () {
      var map = this._map, c = this._canvas, size = map.getSize(), pts = this._pts;
      c.width = size.x; c.height = size.y;
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      var ctx = c.getContext("2d"), r = this.options.radius || 4, n = pts.y.length;
      var grid = {}, cell = 16, bounds = map.getBounds().pad(0.05);
      var south = bounds.getSouth(), north = bounds.getNorth(), west = bounds.getWest(), east = bounds.getEast();
      var byColour = {};
      for (var i = 0; i < n; i++) {
        var y = pts.y[i], x = pts.x[i];
        if (y < south || y > north || x < west || x > east || !this._visible(i)) { continue; }
        var p = map.latLngToContainerPoint([y, x]);
        var col = this.options.colourOf(i);
        (byColour[col] = byColour[col] || []).push(p.x, p.y);
        var key = ((p.x / cell) | 0) + ":" + ((p.y / cell) | 0);
        (grid[key] = grid[key] || []).push(i, p.x, p.y);
      }
      Object.keys(byColour).forEach(function (col) {
        var a = byColour[col];
        ctx.beginPath();
        for (var j = 0; j < a.length; j += 2) { ctx.moveTo(a[j] + r, a[j + 1]); ctx.arc(a[j], a[j + 1], r, 0, 6.2832); }
        ctx.fillStyle = col; ctx.globalAlpha = 0.85; ctx.fill();
        ctx.globalAlpha = 1; ctx.lineWidth = 0.8; ctx.strokeStyle = "#222"; ctx.stroke();
      });
      this._grid = grid; this._cell = cell;
      this.fire("drawn");
    },
    _onClick: function (e) {
      if (!this._grid) { return; }
      var p = e.containerPoint, cell = this._cell, best = -1, bestD = 64;
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var a = this._grid[(((p.x / cell) | 0) + dx) + ":" + (((p.y / cell) | 0) + dy)] || [];
          for (var j = 0; j < a.length; j += 3) {
            var d = (a[j + 1] - p.x) * (a[j + 1] - p.x) + (a[j + 2] - p.y) * (a[j + 2] - p.y);
            if (d < bestD) { bestD = d; best = a[j]; }
          }
        }
      }
      if (best >= 0) { this.openPopup(best); }
    },
    openPopup: function (i) {
      if (!this.options.popup || !this._map) { return; }
      L.popup({ maxWidth: 420 }).setLatLng([this._pts.y[i], this._pts.x[i]])
        .setContent(this.options.popup(i)).openOn(this._map);
    }
  });

  /* The settlements' cells drawn on one canvas, filled by controller, with the edges
   * between cells of different controllers stroked: each side's zone looks as on a date
   * page (same colours, opacities, hatching), not as a mesh of cells.  Cells and edges
   * are decoded once; projected pixels are cached per zoom. */
  function decode(list, scale) {
    return list.map(function (r) {
      var out = new Float64Array(r.length), x = 0, y = 0;
      for (var i = 0; i < r.length; i += 2) { x += r[i]; y += r[i + 1]; out[i] = y / scale; out[i + 1] = x / scale; }
      return out; /* lat, lon pairs */
    });
  }

  CM.CellLayer = L.Layer.extend({
    initialize: function (cells, data) {
      this._cells = cells.rings.map(function (rings) { return decode(rings, cells.scale); });
      var e = cells.edges || { a: [], b: [], lines: [] };
      this._edges = { a: e.a, b: e.b, lines: decode(e.lines, cells.scale) };
      this._data = data;
      this._codes = null;
      this._proj = {};
    },
    setCodes: function (codes) { this._codes = codes; if (this._map) { this.redraw(); } },
    onAdd: function (map) {
      this._map = map;
      var c = this._canvas = L.DomUtil.create("canvas", "cm-canvas leaflet-zoom-hide");
      if (!map.getPane("cm-cells")) { map.createPane("cm-cells").style.zIndex = 350; }
      map.getPane("cm-cells").appendChild(c);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      this.redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off("moveend zoomend resize viewreset", this.redraw, this);
    },
    _project: function (arrays, zoom) {
      var map = this._map;
      return arrays.map(function (r) {
        var a = new Float64Array(r.length);
        for (var i = 0; i < r.length; i += 2) {
          var p = map.project([r[i], r[i + 1]], zoom);
          a[i] = p.x; a[i + 1] = p.y;
        }
        return a;
      });
    },
    _projected: function (zoom) {
      if (this._proj.zoom === zoom) { return this._proj; }
      var self = this;
      this._proj = { zoom: zoom, cells: this._cells.map(function (rings) { return self._project(rings, zoom); }),
                     edges: this._project(this._edges.lines, zoom) };
      return this._proj;
    },
    redraw: function () {
      if (!this._codes || !this._map) { return; }
      var map = this._map, c = this._canvas, size = map.getSize();
      c.width = size.x; c.height = size.y;
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      var proj = this._projected(map.getZoom());
      var o = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
      var ctx = c.getContext("2d"), paths = {}, codes = this._codes, data = this._data;
      function trace(path, a, close) {
        path.moveTo(a[0] - o.x, a[1] - o.y);
        for (var i = 2; i < a.length; i += 2) { path.lineTo(a[i] - o.x, a[i + 1] - o.y); }
        if (close) { path.closePath(); }
      }
      for (var k = 0; k < proj.cells.length; k++) {
        var path = paths[codes[k]] || (paths[codes[k]] = new Path2D());
        proj.cells[k].forEach(function (a) { trace(path, a, true); });
      }
      Object.keys(paths).forEach(function (code) {
        var s = style(data, +code);
        if (s.hatch) { ctx.globalAlpha = 1; ctx.fillStyle = CM.canvasHatch(ctx, s.colour); }
        else { ctx.globalAlpha = s.fill; ctx.fillStyle = s.colour; }
        ctx.fill(paths[code]);
      });
      /* the outline of each side's zone: edges between cells of different controllers, in the
       * colour of the later controller (the one whose outline a date page draws on top) */
      var lines = {}, E = this._edges;
      for (var j = 0; j < E.a.length; j++) {
        var ca = codes[E.a[j]], cb = codes[E.b[j]];
        if (ca === cb) { continue; }
        var top = Math.max(ca, cb), lp = lines[top] || (lines[top] = new Path2D());
        trace(lp, proj.edges[j], false);
      }
      ctx.globalAlpha = 0.9; ctx.lineWidth = 1.2; ctx.lineJoin = "round";
      Object.keys(lines).forEach(function (code) { ctx.strokeStyle = style(data, +code).colour; ctx.stroke(lines[code]); });
      ctx.globalAlpha = 1;
      this.fire("drawn");
    }
  });

  CM.eventsLayer = function (data, visible) {
    var ev = data.events;
    return new CM.CanvasPoints(ev, {
      radius: 4,
      visible: visible,
      colourOf: function (i) { return data.eventColours[ev.k[i]] || "#444"; },
      popup: function (i) { return CM.eventPopup(data, ev, i); }
    });
  };

  CM.zonesLayer = function (data, fc) {
    return L.geoJSON(fc, {
      style: CM.zoneStyle(data),
      onEachFeature: function (f, layer) {
        var c = style(data, f.properties.c);
        var area = f.properties.a ? " - " + Math.round(f.properties.a).toLocaleString("en") + " km\u00b2" : "";
        layer.bindTooltip(document.createTextNode(c.label + area), { sticky: true });
      }
    });
  };

  /* -- the layer registry -------------------------------------------------------------------- */

  CM.LAYERS = [];

  /* Register a layer: {id, title, pages: ["date", "timeline"], on: true|false, order,
   * make(ctx) -> L.Layer | null, update(layer, ctx) (timeline: after the date changes),
   * labels(layer, ctx) -> a CM.LabelLayer source (optional)}.  ctx has map, data, basemap,
   * tiles, page and, on the timeline, index / from (the selected date and window). */
  CM.registerLayer = function (spec) {
    CM.LAYERS = CM.LAYERS.filter(function (s) { return s.id !== spec.id; });
    CM.LAYERS.push(spec);
    CM.LAYERS.sort(function (a, b) { return (a.order === undefined ? 50 : a.order) - (b.order === undefined ? 50 : b.order); });
    return spec;
  };

  CM.registerLayer({
    id: "base", title: "Offline basemap (outlines, rivers, roads)", pages: ["date", "timeline"], on: true, order: 0,
    make: function (ctx) { return CM.basemap(ctx.basemap, ctx.map); },
    labels: function (layer, ctx) {
      var src = CM.roadLabels(ctx.basemap);
      src.active = function (map) { return map.hasLayer(layer); };
      return src;
    }
  });
  CM.registerLayer({
    id: "names", title: "Settlement names", pages: ["date", "timeline"], on: true, order: 1,
    make: function () { return L.layerGroup(); },
    labels: function (layer, ctx) {
      var src = CM.settlementLabels(ctx.basemap);
      src.active = function (map) { return map.hasLayer(layer); };
      return src;
    }
  });
  CM.registerLayer({
    id: "tiles", title: "Online tiles (OpenStreetMap, needs network)", pages: ["date", "timeline"], on: false, order: 2,
    make: function (ctx) {
      return ctx.tiles ? L.tileLayer(ctx.tiles.url, { attribution: ctx.tiles.attribution, maxZoom: 18 }) : null;
    }
  });
  CM.registerLayer({
    id: "zones", title: "Control zones", pages: ["date", "timeline"], on: true, order: 10,
    make: function (ctx) {
      if (ctx.page === "date") { return CM.zonesLayer(ctx.data, ctx.data.zones); }
      var cells = new CM.CellLayer(ctx.data.cells, ctx.data);
      var extra = L.geoJSON(null, { style: CM.zoneStyle(ctx.data) });
      var unknown = L.geoJSON(ctx.data.unknown || null, { style: CM.zoneStyle(ctx.data), interactive: false });
      var group = L.featureGroup([unknown, cells, extra]);
      group.cmCells = cells; group.cmExplicit = extra;
      return group;
    },
    update: function (layer, ctx) {
      layer.cmCells.setCodes(ctx.codesOn[ctx.index]);
      layer.cmExplicit.clearLayers();
      if (ctx.data.explicit && ctx.data.explicit.length) { layer.cmExplicit.addData(ctx.data.explicit[ctx.data.explicitOf[ctx.index]]); }
    }
  });
  CM.registerLayer({
    id: "areas", title: "Areas named (uncertain)", pages: ["date"], on: true, order: 20,
    make: function (ctx) { return CM.areasLayer(ctx.data); }
  });
  CM.registerLayer({
    id: "places", title: "Places named", pages: ["date", "timeline"], on: true, order: 30,
    make: function (ctx) { return CM.placesLayer(ctx.data, ctx.page === "date" ? ctx.data.places : []); },
    update: function (layer, ctx) {
      var latest = {};
      ctx.data.places.forEach(function (p) { if (ctx.inWindow(p.d)) { latest[p.n + "|" + p.y + "|" + p.x] = p; } });
      layer.cmSet(Object.keys(latest).map(function (k) { return latest[k]; }));
    },
    labels: function (layer) { return CM.markerLabels(layer); }
  });
  CM.registerLayer({
    id: "events", title: "Events", pages: ["date", "timeline"], on: true, order: 40,
    make: function (ctx) {
      if (ctx.page === "date") { return CM.eventsLayer(ctx.data, function () { return true; }); }
      var layer = CM.eventsLayer(ctx.data, function (i) { return ctx.inWindow(ctx.data.events.d[i]); });
      layer.cmWindow = ctx.index + ":" + ctx.lo;  /* drawn for this window when added */
      return layer;
    },
    update: function (layer, ctx) {  /* redraw only when the window moved (100,000 points are a real cost) */
      var key = ctx.index + ":" + ctx.lo;
      if (layer.cmWindow === key) { return; }
      layer.cmWindow = key;
      layer.setFilter(function (i) { return ctx.inWindow(ctx.data.events.d[i]); });
    }
  });
  CM.registerLayer({
    id: "changes", title: "Changed hands", pages: ["date", "timeline"], on: true, order: 50,
    make: function (ctx) { return CM.changesLayer(ctx.data, ctx.page === "date" ? ctx.data.changes : []); },
    update: function (layer, ctx) {
      layer.clearLayers();
      (ctx.data.changesOn[ctx.index] || []).forEach(function (ch) { layer.addLayer(CM.changeRing(ctx.data, ch)); });
    }
  });

  /* Build the registered layers of a page: {id: layer}; adds the layers control. */
  CM.buildLayers = function (ctx, wanted) {
    var built = {}, overlays = {};
    ctx.labels = new CM.LabelLayer();
    CM.LAYERS.forEach(function (spec) {
      if (spec.pages.indexOf(ctx.page) < 0) { return; }
      var layer = spec.make(ctx);
      if (!layer) { return; }
      layer.cmId = spec.id;
      built[spec.id] = layer;
      overlays[spec.title] = layer;
      var on = wanted ? wanted.indexOf(spec.id) >= 0 : spec.on;
      if (on) { layer.addTo(ctx.map); }
      if (spec.labels) { ctx.labels.addSource(spec.labels(layer, ctx)); }
    });
    ctx.labels.addTo(ctx.map);
    ctx.control = L.control.layers(null, overlays, { collapsed: true, position: "topright" }).addTo(ctx.map);
    ctx.layers = built;
    return built;
  };

  CM.updateLayers = function (ctx) {
    CM.LAYERS.forEach(function (spec) {
      var layer = ctx.layers[spec.id];
      if (layer && spec.update) { spec.update(layer, ctx); }
    });
    if (ctx.labels._map) { ctx.labels.relabel(); }
  };

  /* -- legend ------------------------------------------------------------------------------ */

  CM.legend = function (data) {
    var ctl = L.control({ position: "bottomright" });
    ctl.onAdd = function () {
      var box = el("div", { cls: "cm-legend-body" });
      data.controllers.forEach(function (c, i) {
        if (data.used && data.used.indexOf(i) < 0) { return; }
        box.appendChild(el("div", { cls: "cm-key", title: c.label }, [
          el("span", { cls: "cm-swatch" + (c.hatch ? " cm-hatch" : ""), style: swatchCss(c) + ";border-color:" + c.colour }),
          c.short || c.label]));
      });
      var more = el("div", { cls: "cm-legend-more" });
      [["city", "place named (size: city, town, village)"], ["airbase", "air base"], ["road", "road"],
       ["mountain", "region / landform"]].forEach(function (k) {
        more.appendChild(el("div", null, [el("span", { cls: "cm-sym", text: SYMBOL[k[0]] || "\u25cf" }), k[1]]));
      });
      more.appendChild(el("div", null, [el("span", { cls: "cm-swatch cm-dashed" }), "area named (uncertain)"]));
      more.appendChild(el("div", null, [el("span", { cls: "cm-swatch cm-approx-key" }),
        "place the gazetteer lacks, drawn from the places the report names with it (approximate)"]));
      more.appendChild(el("div", null, [el("span", { cls: "cm-swatch cm-ring" }), "changed hands"]));
      if (data.eventKinds) {
        var kinds = el("div", { cls: "cm-event-keys" });
        data.eventKinds.forEach(function (k, i) {
          if (data.usedEventKinds && data.usedEventKinds.indexOf(i) < 0) { return; }
          kinds.appendChild(el("span", null, [el("span", { cls: "cm-dot", style: "background:" + data.eventColours[i] }), k]));
        });
        more.appendChild(el("div", { cls: "cm-small", text: "Events:" }));
        more.appendChild(kinds);
      }
      box.appendChild(el("details", { cls: "cm-legend-symbols" }, [el("summary", { text: "Symbols" }), more]));
      var wrap = el("details", { cls: "cm-legend" }, [el("summary", { text: "Legend" }), box]);
      if (window.innerWidth > 700) { wrap.setAttribute("open", ""); }
      L.DomEvent.disableClickPropagation(wrap);
      L.DomEvent.disableScrollPropagation(wrap);
      return wrap;
    };
    return ctl;
  };

  /* -- the view in the URL hash ---------------------------------------------------------- */

  /* "#d=2019-08-23&c=35.64830,36.67690&z=11&l=zones,places&w=6" -> {d, c, z, l, w} */
  CM.parseHash = function (hash) {
    var out = {};
    String(hash || "").replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i < 0) { return; }
      var k = kv.slice(0, i), v = decodeURIComponent(kv.slice(i + 1));
      if (k === "d" && /^\d{4}-\d{2}-\d{2}$/.test(v)) { out.d = v; }
      else if (k === "c") {
        var c = v.split(",").map(Number);
        if (c.length === 2 && isFinite(c[0]) && isFinite(c[1]) && Math.abs(c[0]) <= 90 && Math.abs(c[1]) <= 180) { out.c = c; }
      } else if (k === "z" && /^\d{1,2}$/.test(v)) { out.z = +v; }
      else if (k === "l") { out.l = v ? v.split(",") : []; }
      else if (k === "w" && /^-?\d{1,5}$/.test(v)) { out.w = +v; }
    });
    return out;
  };

  CM.formatHash = function (st) {
    var parts = [];
    if (st.d) { parts.push("d=" + st.d); }
    if (st.c) { parts.push("c=" + st.c[0].toFixed(5) + "," + st.c[1].toFixed(5)); }
    if (st.z !== undefined) { parts.push("z=" + st.z); }
    if (st.l) { parts.push("l=" + st.l.join(",")); }
    if (st.w !== undefined) { parts.push("w=" + st.w); }
    return parts.join("&");
  };

  /* Keep location.hash and every link marked data-cm-view ("map": the view without the
   * date; a date: that date on the target page) in step with the map. */
  CM.trackView = function (ctx, extra) {
    var map = ctx.map;
    function state() {
      var c = map.getCenter(), on = [];
      Object.keys(ctx.layers).forEach(function (id) { if (map.hasLayer(ctx.layers[id])) { on.push(id); } });
      var st = { c: [c.lat, c.lng], z: map.getZoom(), l: on };
      if (extra) { extra(st); }
      return st;
    }
    function sync() {
      var st = state();
      var hash = CM.formatHash(st);
      if (location.hash.replace(/^#/, "") !== hash && global.history && history.replaceState) {
        try { history.replaceState(null, "", "#" + hash); } catch (err) { /* some file: contexts refuse */ }
      }
      Array.prototype.forEach.call(document.querySelectorAll("a[data-cm-view]"), function (a) {
        var base = a.getAttribute("data-cm-base") || a.getAttribute("href").split("#")[0];
        if (!base || base === "#") { return; }
        a.setAttribute("data-cm-base", base);
        var which = a.getAttribute("data-cm-view"), view = { c: st.c, z: st.z, l: st.l };
        if (which !== "map") { view.d = which; }
        if (st.w !== undefined) { view.w = st.w; }
        a.setAttribute("href", base + "#" + CM.formatHash(view));
      });
      document.body.setAttribute("data-cm-hash", hash);
    }
    map.on("moveend zoomend overlayadd overlayremove", sync);
    ctx.syncView = sync;
    sync();
    return sync;
  };

  CM.applyLayers = function (ctx, ids) {
    Object.keys(ctx.layers).forEach(function (id) {
      var layer = ctx.layers[id], on = ids.indexOf(id) >= 0;
      if (on && !ctx.map.hasLayer(layer)) { ctx.map.addLayer(layer); }
      if (!on && ctx.map.hasLayer(layer)) { ctx.map.removeLayer(layer); }
    });
  };

  /* "Copy link": the address of exactly this view on the clipboard. */
  CM.wireCopyLink = function (ctx) {
    var btn = document.getElementById("cm-copy-link");
    if (!btn) { return; }
    btn.addEventListener("click", function () {
      if (ctx.syncView) { ctx.syncView(); }
      var url = location.href;
      function done(ok) {
        btn.setAttribute("data-copied", ok ? url : "");
        btn.textContent = ok ? "Link copied \u2713" : "Copy failed";
        setTimeout(function () { btn.textContent = "Copy link"; }, 1800);
      }
      function fallback() {
        var ta = el("textarea", { style: "position:fixed;top:-100px;opacity:0" });
        ta.value = url;
        document.body.appendChild(ta);
        ta.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (err) { ok = false; }
        ta.remove();
        done(ok);
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { done(true); }, fallback);
      } else { fallback(); }
    });
  };

  /* -- search --------------------------------------------------------------------------- */

  var KIND_BONUS = { city: 30, town: 20, village: 10, governorate: 25, airbase: 15 };
  var KIND_ZOOM = { city: 11, town: 12, village: 13, governorate: 8, road: 9, region: 10, plain: 10, mountain: 11 };

  /* Every gazetteer place of the theatre under every skeleton of its names, and the places the gazetteer lacks
   * that this page draws at an approximate position (``extra``: page places with ``q``), under their spellings. */
  CM.searchIndex = function (basemap, extra) {
    var B = basemap.places || { n: [] };
    var P = { n: B.n.slice(), y: (B.y || []).slice(), x: (B.x || []).slice(), k: (B.k || []).slice(),
              a: (B.a || []).slice(), p: (B.p || []).slice(), s: (B.s || []).slice(), q: [] };
    var seen = {};
    (extra || []).forEach(function (e) {
      var id = e.n + "|" + e.y + "|" + e.x;
      if (seen[id]) { return; }
      seen[id] = true;
      var i = P.n.length;
      P.n.push(e.n); P.y.push(e.y); P.x.push(e.x); P.k.push(e.k); P.a.push(e.a || ""); P.p.push(0);
      P.s.push([e.n].concat(e.v || []).map(function (w) { return [CM.skeleton(w), w]; }));
      P.q[i] = 1;
    });
    return {
      size: P.n.length,
      find: function (query, limit) {
        var q = CM.skeleton(query || "");
        if (q.length < 2) { return []; }
        var hits = [];
        for (var i = 0; i < P.n.length; i++) {
          var best = 0, via = null, keys = P.s[i] || [];
          for (var j = 0; j < keys.length; j++) {
            var key = keys[j][0], s = 0;
            if (key === q) { s = 4; }
            else if (key.indexOf(q) === 0) { s = 3; }
            else if (key.indexOf(" " + q) >= 0) { s = 2; }
            else if (q.length >= 3 && key.indexOf(q) >= 0) { s = 1; }
            if (s > best) { best = s; via = keys[j][1]; }
          }
          if (best) {
            hits.push({ n: P.n[i], y: P.y[i], x: P.x[i], k: P.k[i], a: P.a[i], via: via, q: P.q[i] || 0,
                        score: best * 100 + (KIND_BONUS[P.k[i]] || 0) + Math.log(1 + (P.p[i] || 0)) });
          }
        }
        hits.sort(function (a, b) { return b.score - a.score || (a.n < b.n ? -1 : 1); });
        return hits.slice(0, limit || 8);
      }
    };
  };

  CM.wireSearch = function (ctx) {
    var input = document.getElementById("cm-search"), list = document.getElementById("cm-search-results");
    if (!input || !list) { return; }
    // the page's approximate places (a gazetteer gap the report fills) are found as well, under their kind's name:
    // points, and those drawn with an extent (in an area, along a road the gazetteer lacks)
    var shapes = ((ctx.data.areas || {}).features || []).map(function (f) { return f.properties; });
    var approx = (ctx.data.places || []).concat(shapes).filter(function (p) { return p.q; }).map(function (p) {
      return { n: p.n, y: p.y, x: p.x, k: ctx.data.kinds[p.k] || "village", a: p.a, v: p.v };
    });
    var index = CM.searchIndex(ctx.basemap, approx), results = [], active = 0, found = null;
    function go(hit) {
      if (!hit) { return; }
      list.hidden = true;
      input.value = hit.n;
      ctx.map.setView([hit.y, hit.x], Math.max(ctx.map.getZoom(), KIND_ZOOM[hit.k] || 12), { animate: false });
      if (found) { ctx.map.removeLayer(found); }
      found = L.circleMarker([hit.y, hit.x], { radius: 16, color: "#0b61a4", weight: 3, fill: false,
                                               className: "cm-found", interactive: false }).addTo(ctx.map);
      setTimeout(function () { if (found) { ctx.map.removeLayer(found); found = null; } }, 6000);
      var places = ctx.layers.places;
      if (places && ctx.map.hasLayer(places)) {
        var near = places.getLayers().filter(function (m) {
          var ll = m.getLatLng();
          return Math.abs(ll.lat - hit.y) < 2e-3 && Math.abs(ll.lng - hit.x) < 2e-3;
        });
        // an approximate place shares its container's point: open the marker of the name searched for
        var mk = near.filter(function (m) { return m.cmPlace && m.cmPlace.n === hit.n; })[0] || near[0];
        if (mk && places.zoomToShowLayer) { places.zoomToShowLayer(mk, function () { mk.openPopup(); }); }
      }
      // a place drawn with an extent (in an area, along a road the gazetteer lacks): its shape's popup
      var areas = ctx.layers.areas, shape = null;
      if (hit.q && areas && ctx.map.hasLayer(areas)) {
        areas.eachLayer(function (l) { if (!shape && l.feature && l.feature.properties.n === hit.n) { shape = l; } });
        if (shape) { shape.openPopup([hit.y, hit.x]); }
      }
      document.body.setAttribute("data-cm-found", hit.n);
    }
    function show() {
      results = index.find(input.value, 8);
      active = 0;
      list.textContent = "";
      results.forEach(function (h, i) {
        var extra = [h.k, h.a, h.q ? "approximate position" : ""].filter(Boolean).join(", ");
        var li = el("li", { role: "option", cls: i === 0 ? "cm-active" : "" }, [
          el("b", { text: h.n }), el("span", { cls: "cm-small", text: " " + extra }),
          h.via && h.via !== h.n ? el("div", { cls: "cm-small cm-via", text: "as \u201c" + h.via + "\u201d" }) : null
        ]);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); go(h); });
        list.appendChild(li);
      });
      if (!results.length && input.value.trim().length >= 2) {
        list.appendChild(el("li", { cls: "cm-small cm-none", text: "no place of that name in the gazetteer" }));
      }
      list.hidden = !input.value.trim();
    }
    input.addEventListener("input", show);
    input.addEventListener("focus", function () { if (input.value) { show(); } });
    input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; }, 150); });
    input.addEventListener("keydown", function (e) {
      var items = list.querySelectorAll("li[role=option]");
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (!items.length) { return; }
        items[active].classList.remove("cm-active");
        active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        items[active].classList.add("cm-active");
      } else if (e.key === "Enter") {
        e.preventDefault();
        if (!results.length) { show(); }
        go(results[active]);
      } else if (e.key === "Escape") { list.hidden = true; input.blur(); }
    });
    ctx.search = { find: index.find, go: go };
  };

  /* -- pages ---------------------------------------------------------------------------- */

  /* Side-panel entries carry data-lat/data-lon: clicking one flies the map there. */
  CM.wirePanel = function (map) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-lat]"), function (node) {
      node.addEventListener("click", function () {
        map.flyTo([parseFloat(node.getAttribute("data-lat")), parseFloat(node.getAttribute("data-lon"))], 11);
      });
    });
    var toggle = document.getElementById("cm-panel-toggle");
    if (toggle) {
      toggle.addEventListener("click", function () {
        document.body.classList.toggle("cm-panel-hidden");
        setTimeout(function () { map.invalidateSize(); }, 50);
      });
    }
  };

  function pageContext(map, data, basemap, tiles, page) {
    if (!map.options.maxZoom) { map.setMaxZoom(16); }
    return { map: map, data: data, basemap: basemap || {}, tiles: tiles, page: page };
  }

  /* A per-date page: the registered layers, legend, search, shareable view. */
  CM.datePage = function (map, data, basemap, tiles) {
    var ctx = pageContext(map, data, basemap, tiles, "date");
    var view = CM.parseHash(location.hash);
    if (view.c && view.z !== undefined) { map.setView(view.c, view.z, { animate: false }); }
    var layers = CM.buildLayers(ctx, view.l);
    L.control.scale({ imperial: false }).addTo(map);
    CM.legend(data).addTo(map);
    if (!(view.c && view.z !== undefined)) {
      var fit = L.featureGroup([layers.places, layers.changes].filter(Boolean));
      var b = fit.getBounds();
      if (!b.isValid() && layers.areas) { b = layers.areas.getBounds(); }
      if (b.isValid()) { map.fitBounds(b.pad(0.2), { maxZoom: 10, animate: false }); }
    }
    CM.wirePanel(map, data);
    CM.wireSearch(ctx);
    CM.trackView(ctx, function (st) { st.d = data.date; });
    CM.wireCopyLink(ctx);
    global.addEventListener("hashchange", function () {
      var v = CM.parseHash(location.hash);
      if (v.l) { CM.applyLayers(ctx, v.l); }
      if (v.c && v.z !== undefined) { map.setView(v.c, v.z, { animate: false }); }
    });
    global.cmLayers = layers;
    global.cmPage = ctx;
    global.cmReady = performance.now();
    return layers;
  };

  /* The timeline page: a slider over real time (one tick per date, month labels), the
   * zones of the selected date, the places and events of the selected window, and the
   * window's events listed in the side panel. */
  CM.timelinePage = function (map, data, basemap, tiles) {
    var ctx = pageContext(map, data, basemap, tiles, "timeline");
    var n = data.dates.length, days = data.days;
    var view = CM.parseHash(location.hash);
    var select = document.getElementById("cm-window");
    if (view.w !== undefined && select) { select.value = String(view.w); }
    ctx.index = n - 1;
    ctx.lo = -Infinity;  /* the window: dates with index <= ctx.index and day >= ctx.lo (set by show) */
    ctx.from = function () {
      var w = select ? parseInt(select.value, 10) : -1;
      return w < 0 ? -Infinity : days[ctx.index] - w;
    };
    ctx.inWindow = function (d) { return d <= ctx.index && days[d] >= ctx.lo; };
    if (view.d) { var k0 = data.dates.indexOf(view.d); ctx.index = k0 >= 0 ? k0 : nearest(CM.dayOf(view.d, data)); }
    ctx.lo = ctx.from();
    if (view.c && view.z !== undefined) { map.setView(view.c, view.z, { animate: false }); }
    var codesOn = [], codes = data.cells.codes0.slice();  /* from the first date's codes and each date's flips */
    for (var d = 0; d < n; d++) {
      (data.cells.flips[d] || []).forEach(function (f) { codes[f[0]] = f[1]; });
      codesOn.push(codes.slice());
    }
    ctx.codesOn = codesOn;
    var layers = CM.buildLayers(ctx, view.l);
    L.control.scale({ imperial: false }).addTo(map);
    var used = {};
    codesOn.forEach(function (cs) { cs.forEach(function (c) { used[c] = true; }); });
    (data.unknown ? data.unknown.features : []).forEach(function (f) { used[f.properties.c] = true; });
    data.used = Object.keys(used).map(Number);
    CM.legend(data).addTo(map);

    var slider = document.getElementById("cm-slider");
    var label = document.getElementById("cm-date");
    var info = document.getElementById("cm-info");
    var play = document.getElementById("cm-play");
    var span = days[n - 1] || 0;
    slider.min = "0"; slider.max = String(span);
    CM.drawTicks(document.getElementById("cm-ticks"), data.dates, days);
    var perDate = new Array(n).fill(0);
    for (var j = 0; j < data.events.d.length; j++) { perDate[data.events.d[j]]++; }

    function nearest(day) {  /* the date closest to a position on the slider */
      var lo = 0, hi = n - 1;
      while (lo < hi) { var mid = (lo + hi) >> 1; if (days[mid] < day) { lo = mid + 1; } else { hi = mid; } }
      return lo > 0 && day - days[lo - 1] < days[lo] - day ? lo - 1 : lo;
    }
    function show(i) {
      i = Math.max(0, Math.min(n - 1, i));
      ctx.index = i;
      ctx.lo = ctx.from();
      slider.value = String(days[i]);
      CM.updateLayers(ctx);
      label.textContent = data.dates[i];
      info.textContent = perDate[i] + " event(s) on this date, " + (data.changesOn[i] || []).length + " place(s) changed hands";
      document.body.setAttribute("data-date-index", String(i));
      CM.listEvents(ctx);
      if (ctx.syncView) { ctx.syncView(); }
    }
    ctx.show = show;
    slider.addEventListener("input", function () { show(nearest(parseInt(slider.value, 10))); });
    slider.addEventListener("keydown", function (e) {  /* arrows step from date to date, not day to day */
      var step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[e.key];
      if (step) { e.preventDefault(); show(ctx.index + step); }
    });
    if (select) { select.addEventListener("change", function () { show(ctx.index); }); }
    var timer = null;
    if (play) {
      play.addEventListener("click", function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
        if (ctx.index >= n - 1) { show(0); }
        play.textContent = "\u275a\u275a Pause";
        timer = setInterval(function () {
          if (ctx.index >= n - 1) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
          show(ctx.index + 1);
        }, 900);
      });
    }
    CM.wirePanel(map, data);
    CM.wireSearch(ctx);
    CM.trackView(ctx, function (st) {
      st.d = data.dates[ctx.index];
      if (select) { st.w = parseInt(select.value, 10); }
      var open = document.getElementById("cm-open-date");
      if (open) { open.setAttribute("data-cm-base", data.dates[ctx.index] + ".html"); }
    });
    CM.wireCopyLink(ctx);
    show(ctx.index);
    global.addEventListener("hashchange", function () {
      var v = CM.parseHash(location.hash);
      if (v.l) { CM.applyLayers(ctx, v.l); }
      if (v.c && v.z !== undefined) { map.setView(v.c, v.z, { animate: false }); }
      if (v.d && v.d !== data.dates[ctx.index]) { var i = data.dates.indexOf(v.d); show(i >= 0 ? i : nearest(CM.dayOf(v.d, data))); }
    });
    global.cmTimeline = { show: show, zones: layers.zones, cells: layers.zones.cmCells, explicit: layers.zones.cmExplicit,
                          events: layers.events, places: layers.places, codesOn: codesOn, ctx: ctx };
    global.cmLayers = undefined;
    global.cmPage = ctx;
    global.cmReady = performance.now();
    return global.cmTimeline;
  };

  CM.dayOf = function (iso, data) {
    return Math.round((Date.parse(iso) - Date.parse(data.dates[0])) / 86400000);
  };

  /* One tick per date at its real-time position, and the month boundaries labelled. */
  CM.drawTicks = function (box, dates, days) {
    if (!box || !dates.length) { return; }
    var span = days[days.length - 1] || 1;
    box.textContent = "";
    dates.forEach(function (d, i) {
      box.appendChild(el("span", { cls: "cm-tick", style: "left:" + (days[i] / span * 100) + "%", title: d,
                                   "data-date": d }));
    });
    var first = new Date(dates[0] + "T00:00:00Z"), last = new Date(dates[dates.length - 1] + "T00:00:00Z");
    var m = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    var names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    while (m <= last) {
      var day = Math.max(0, Math.round((m - first) / 86400000));
      var text = names[m.getUTCMonth()] + (m.getUTCMonth() === 0 || day === 0 ? " " + m.getUTCFullYear() : "");
      box.appendChild(el("span", { cls: "cm-month" + (m < first ? " cm-month-partial" : ""),
                                   style: "left:" + (day / span * 100) + "%", text: text }));
      m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
    }
  };

  /* The events of the selected window, newest first, beside the map (at most 300): one item per
     sentence, so a sentence that shelled five villages is quoted once, with the five marked. */
  CM.listEvents = function (ctx) {
    var list = document.getElementById("cm-events-list"), title = document.getElementById("cm-window-title");
    if (!list) { return; }
    var data = ctx.data, ev = data.events, rows = [];
    for (var i = 0; i < ev.d.length; i++) { if (ctx.inWindow(ev.d[i])) { rows.push(i); } }
    rows.sort(function (a, b) { return ev.d[b] - ev.d[a] || a - b; });
    var from = ctx.lo, first = 0;
    while (first < ctx.index && data.days[first] < from) { first++; }
    if (title) {
      title.textContent = rows.length.toLocaleString("en") + " event(s)";
      title.appendChild(el("span", { cls: "cm-small cm-range",
        text: first === ctx.index ? data.dates[ctx.index] : data.dates[first] + " \u2013 " + data.dates[ctx.index] }));
    }
    list.textContent = "";
    // one item per sentence (quoted once, even when two reports of different dates carry it), its events
    // headed by date, kind and actor: "shelling - Kafranbel, Kafr Rumah, Al-Bara"
    CM.groupBy(rows.slice(0, 300), function (i) { return ev.s[i]; }).forEach(function (g) {
      var heads = CM.groupBy(g, function (i) { return ev.d[i] + "/" + ev.k[i] + "/" + ev.a[i]; }).map(function (same) {
        var i = same[0], actor = data.actors[ev.a[i]] || "";
        var names = same.map(function (j) { return data.names[ev.p[j]] || ""; })
          .filter(function (n, k, all) { return n && all.indexOf(n) === k; });
        return el("div", { cls: "cm-ev-head" }, [
          el("span", { cls: "cm-dot", style: "background:" + (data.eventColours[ev.k[i]] || "#444") }),
          el("b", { text: (data.eventKinds[ev.k[i]] || "event") + " - " + names.join(", ") }),
          el("span", { cls: "cm-small", text: " " + data.dates[ev.d[i]] + (actor ? " - " + actor : "") })
        ]);
      });
      var spans = g.map(function (j) { return [ev.sa[j], ev.sb[j]]; });
      var li = el("li", { "data-event": String(g[0]), "data-events": g.join(" ") },
                  heads.concat([CM.sentenceMarks(data.sentences[ev.s[g[0]]], spans)]));
      li.addEventListener("click", function () {
        var pts = g.map(function (j) { return [ev.y[j], ev.x[j]]; });
        if (pts.length > 1) { ctx.map.fitBounds(pts, { maxZoom: Math.max(ctx.map.getZoom(), 11), padding: [40, 40], animate: false }); }
        else { ctx.map.setView(pts[0], Math.max(ctx.map.getZoom(), 11), { animate: false }); }
        if (ctx.layers.events) { ctx.layers.events.openPopup(g[0]); }
      });
      list.appendChild(li);
    });
    if (rows.length > 300) {
      list.appendChild(el("li", { cls: "cm-small", text: (rows.length - 300).toLocaleString("en") + " older event(s) in this window not listed" }));
    }
    if (!rows.length) { list.appendChild(el("li", { cls: "cm-small", text: "No event in this window." })); }
  };

  /* ``items`` gathered by ``keyOf(item)``, the groups in order of first use, each in the items' order. */
  CM.groupBy = function (items, keyOf) {
    var at = {}, groups = [];
    items.forEach(function (item) {
      var key = keyOf(item);
      if (!Object.prototype.hasOwnProperty.call(at, key)) { at[key] = groups.length; groups.push([]); }
      groups[at[key]].push(item);
    });
    return groups;
  };

  /* ``text`` quoted with each [a, b) of ``spans`` marked (a span overlapping an earlier one, or
     outside the text, is left out); text nodes only, so report text stays text. */
  CM.sentenceMarks = function (text, spans) {
    text = String(text || "");
    var kept = [];
    spans.forEach(function (s) {
      var a = s[0], b = Math.min(s[1], text.length);
      if (!(a >= 0 && b > a && a < text.length)) { return; }
      if (kept.some(function (k) { return a < k[1] && k[0] < b; })) { return; }
      kept.push([a, b]);
    });
    kept.sort(function (x, y) { return x[0] - y[0]; });
    var parts = [], pos = 0;
    kept.forEach(function (k) {
      parts.push(text.slice(pos, k[0]), el("mark", { text: text.slice(k[0], k[1]) }));
      pos = k[1];
    });
    parts.push(text.slice(pos));
    return el("q", { cls: "cm-sentence" }, parts);
  };

  global.CM = CM;
})(window);
