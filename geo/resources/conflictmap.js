/* conflictmap.js - the client side of the conflict-map pages.
 *
 * Needs only Leaflet (and Leaflet.markercluster for the places layer), both inlined
 * in the page, so maps work from disk with no network.  Every string that comes
 * from a report is inserted with textContent / createTextNode, never as HTML.
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

  /* A sentence with the mention [a, b) highlighted. */
  CM.sentence = function (text, a, b) {
    text = String(text || "");
    a = Math.max(0, Math.min(a | 0, text.length));
    b = Math.max(a, Math.min(b | 0, text.length));
    return el("q", { cls: "cm-sentence" },
      [text.slice(0, a), el("mark", { text: text.slice(a, b) }), text.slice(b)]);
  };

  CM.reportLine = function (rep) {
    var url = CM.safeUrl(rep.u);
    var title = rep.t || rep.id || "report";
    var head = url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: title })
                   : el("span", { text: title });
    return el("div", { cls: "cm-report" }, [head, rep.s ? el("span", { cls: "cm-source", text: " - " + rep.s }) : null]);
  };

  function controllerChip(data, idx) {
    var c = data.controllers[idx] || { label: "unknown", colour: "#9e9e9e" };
    return el("span", { cls: "cm-chip", style: "background:" + c.colour }, [c.label]);
  }
  CM.controllerChip = controllerChip;

  /* Popup for a place: name, kind, controller, confidence, every sentence naming it. */
  CM.placePopup = function (data, p) {
    var box = el("div", { cls: "cm-popup" });
    box.appendChild(el("h3", { text: p.n }));
    var meta = el("div", { cls: "cm-meta" }, [
      el("span", { text: (data.kinds[p.k] || "place") + (p.a ? ", " + p.a : "") + " - held by " }),
      controllerChip(data, p.c),
      el("span", { text: " - confidence " + Number(p.f).toFixed(2) })
    ]);
    box.appendChild(meta);
    if (p.v && p.v.length) {
      box.appendChild(el("div", { cls: "cm-variants", text: "Written as: " + p.v.join(", ") }));
    }
    if (p.w) { box.appendChild(el("div", { cls: "cm-why", text: "Why: " + p.w })); }
    (p.m || []).forEach(function (m) {
      var rep = data.reports[m[3]] || {};
      box.appendChild(el("div", { cls: "cm-mention" }, [CM.sentence(data.sentences[m[0]], m[1], m[2]), CM.reportLine(rep)]));
    });
    return box;
  };

  CM.eventPopup = function (data, ev, i) {
    var actor = data.actors[ev.a[i]] || "";
    var rep = data.reports[ev.r[i]] || {};
    var sent = data.sentences[ev.s[i]] || "";
    var box = el("div", { cls: "cm-popup" }, [
      el("h3", { text: (data.eventKinds[ev.k[i]] || "event") + " - " + (data.names[ev.p[i]] || "") }),
      el("div", { cls: "cm-meta", text: (actor ? "by " + actor : "actor not named") + " - " + (data.dates[ev.d[i]] || "") }),
      el("div", { cls: "cm-mention" }, [CM.sentence(sent, ev.sa[i], ev.sb[i]), CM.reportLine(rep)])
    ]);
    return box;
  };

  /* Symbols per place kind, drawn with CSS (no image files). */
  var SYMBOL = { airbase: "\u2708", base: "\u2691", road: "\u2550", crossing: "\u2194", dam: "\u224b",
                 region: "\u25cc", plain: "\u25cc", mountain: "\u25b2", hill: "\u25b4", governorate: "\u25a2" };

  CM.placeMarker = function (data, p) {
    var kind = data.kinds[p.k] || "village";
    var colour = (data.controllers[p.c] || {}).colour || "#9e9e9e";
    var size = kind === "city" ? 18 : kind === "town" ? 14 : 11;
    var sym = SYMBOL[kind] || "";
    var icon = L.divIcon({
      className: "cm-place cm-kind-" + kind,
      html: "<span style=\"background:" + colour + ";width:" + size + "px;height:" + size + "px;line-height:" +
            size + "px\">" + sym + "</span>",
      iconSize: [size, size], iconAnchor: [size / 2, size / 2]
    });
    var m = L.marker([p.y, p.x], { icon: icon, title: p.n, keyboard: false });
    m.bindPopup(function () { return CM.placePopup(data, p); }, { maxWidth: 420 });
    m.bindTooltip(document.createTextNode(p.n), { direction: "top", offset: [0, -size / 2] });
    return m;
  };

  CM.placesLayer = function (data) {
    var group = L.markerClusterGroup ? L.markerClusterGroup({
      maxClusterRadius: 36, disableClusteringAtZoom: 10, showCoverageOnHover: false, chunkedLoading: true
    }) : L.featureGroup();
    var markers = data.places.map(function (p) { return CM.placeMarker(data, p); });
    if (group.addLayers) { group.addLayers(markers); } else { markers.forEach(function (m) { group.addLayer(m); }); }
    return group;
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

  CM.changesLayer = function (data) {
    var group = L.featureGroup();
    (data.changes || []).forEach(function (ch) {
      var to = data.controllers[ch.t] || {}, from = data.controllers[ch.f] || {};
      var ring = L.circleMarker([ch.y, ch.x], { radius: 13, color: to.colour || "#000", weight: 4, fill: false,
                                                className: "cm-change-ring" });
      ring.bindPopup(function () {
        return el("div", { cls: "cm-popup" }, [
          el("h3", { text: ch.n + " changed hands" }),
          el("div", { cls: "cm-meta" }, [controllerChip(data, ch.f), " \u2192 ", controllerChip(data, ch.t),
                                          " (" + ch.k + ")"]),
          el("div", { cls: "cm-mention" }, [el("q", { cls: "cm-sentence", text: ch.s || "" })])
        ].concat((ch.e || []).map(function (ev) {
          /* evidence of the state about this place: the sentence and what the model did with it */
          return el("div", { cls: "cm-mention cm-evidence" }, [el("q", { cls: "cm-sentence", text: ev[0] }),
                                                               el("span", { cls: "cm-small", text: " (" + ev[1] + ")" })]);
        })));
      });
      ring.bindTooltip(document.createTextNode(ch.n + ": " + (from.label || "?") + " \u2192 " + (to.label || "?")));
      group.addLayer(ring);
    });
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
      if (best >= 0 && this.options.popup) {
        L.popup({ maxWidth: 420 }).setLatLng([this._pts.y[best], this._pts.x[best]])
          .setContent(this.options.popup(best)).openOn(this._map);
      }
    }
  });

  /* Voronoi cells of the settlements drawn on one canvas, filled by controller: the
   * timeline's zones.  Cells are decoded once; projected pixels are cached per zoom. */
  function decodeRings(enc, scale) {
    return enc.map(function (rings) {
      return rings.map(function (r) {
        var out = new Float64Array(r.length), x = 0, y = 0;
        for (var i = 0; i < r.length; i += 2) { x += r[i]; y += r[i + 1]; out[i] = y / scale; out[i + 1] = x / scale; }
        return out; /* lat, lon pairs */
      });
    });
  }

  CM.CellLayer = L.Layer.extend({
    initialize: function (cells, scale, colours) {
      this._cells = decodeRings(cells, scale);
      this._colours = colours;
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
    _projected: function (zoom) {
      if (this._proj[zoom]) { return this._proj[zoom]; }
      var map = this._map;
      var out = this._cells.map(function (rings) {
        return rings.map(function (r) {
          var a = new Float64Array(r.length);
          for (var i = 0; i < r.length; i += 2) {
            var p = map.project([r[i], r[i + 1]], zoom);
            a[i] = p.x; a[i + 1] = p.y;
          }
          return a;
        });
      });
      this._proj = {}; this._proj[zoom] = out;
      return out;
    },
    redraw: function () {
      if (!this._codes || !this._map) { return; }
      var map = this._map, c = this._canvas, size = map.getSize();
      c.width = size.x; c.height = size.y;
      L.DomUtil.setPosition(c, map.containerPointToLayerPoint([0, 0]));
      var zoom = map.getZoom(), proj = this._projected(zoom);
      var topLeft = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
      var ctx = c.getContext("2d"), paths = {}, codes = this._codes, colours = this._colours;
      for (var k = 0; k < proj.length; k++) {
        var col = colours[codes[k]] || "#9e9e9e";
        var path = paths[col] || (paths[col] = new Path2D());
        proj[k].forEach(function (a) {
          path.moveTo(a[0] - topLeft.x, a[1] - topLeft.y);
          for (var i = 2; i < a.length; i += 2) { path.lineTo(a[i] - topLeft.x, a[i + 1] - topLeft.y); }
          path.closePath();
        });
      }
      ctx.globalAlpha = 0.3;
      Object.keys(paths).forEach(function (col) {
        ctx.fillStyle = col; ctx.fill(paths[col]);
        ctx.strokeStyle = col; ctx.lineWidth = 0.6; ctx.stroke(paths[col]);
      });
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

  CM.zoneStyle = function (data) {
    return function (f) {
      var c = data.controllers[f.properties.c] || { colour: "#9e9e9e" };
      return { color: c.colour, weight: 1, opacity: 0.9, fillColor: c.colour, fillOpacity: 0.28 };
    };
  };

  CM.zonesLayer = function (data, fc) {
    return L.geoJSON(fc, {
      style: CM.zoneStyle(data),
      onEachFeature: function (f, layer) {
        var c = data.controllers[f.properties.c] || { label: "unknown" };
        layer.bindTooltip(document.createTextNode(c.label + " - " + Math.round(f.properties.a).toLocaleString() + " km\u00b2"),
                          { sticky: true });
      }
    });
  };

  /* Offline basemap: land fill under everything (even online tiles, which then cover it),
   * borders, governorates and rivers above the zones' fill but below the markers. */
  CM.basemap = function (basemap, map) {
    if (!map.getPane("cm-land")) { map.createPane("cm-land").style.zIndex = 150; }
    if (!map.getPane("cm-lines")) { map.createPane("cm-lines").style.zIndex = 390; }
    var group = L.featureGroup();
    L.geoJSON(basemap.countries, { pane: "cm-land", style: { stroke: false, fillColor: "#f4f1ea", fillOpacity: 1 },
                                   interactive: false }).addTo(group);
    L.geoJSON(basemap.countries, { pane: "cm-lines", style: { color: "#666", weight: 1.2, fill: false },
                                   interactive: false }).addTo(group);
    L.geoJSON(basemap.rivers, { pane: "cm-lines", style: { color: "#6aa5d8", weight: 1.4 }, interactive: false }).addTo(group);
    L.geoJSON(basemap.admin1, {
      pane: "cm-lines",
      style: { color: "#8a8a8a", weight: 0.8, dashArray: "3 3", fill: false },
      onEachFeature: function (f, layer) {
        layer.bindTooltip(document.createTextNode(f.properties.name + " governorate"), { sticky: true });
      }
    }).addTo(group);
    (basemap.towns || []).forEach(function (t) {
      L.marker([t[1], t[2]], { icon: L.divIcon({ className: "cm-town", html: "", iconSize: [0, 0] }),
                               interactive: false, keyboard: false })
        .bindTooltip(document.createTextNode(t[0]), { permanent: true, direction: "right", className: "cm-town-label",
                                                      offset: [2, 0] })
        .addTo(group);
    });
    return group;
  };

  /* A per-date page: zones, places, areas, events, changes, layer control, legend. */
  CM.datePage = function (map, data, basemap, tiles) {
    if (!map.options.maxZoom) { map.setMaxZoom(16); }
    var base = CM.basemap(basemap, map).addTo(map);
    var overlays = {};
    overlays["Offline basemap (outlines)"] = base;
    if (tiles) {
      overlays["Online tiles (" + tiles.name + ", needs network)"] = L.tileLayer(tiles.url,
        { attribution: tiles.attribution, maxZoom: 18 });
    }
    var zones = CM.zonesLayer(data, data.zones).addTo(map);
    overlays["Control zones"] = zones;
    var areas = CM.areasLayer(data).addTo(map);
    overlays["Areas named (uncertain)"] = areas;
    var places = CM.placesLayer(data).addTo(map);
    overlays["Places named"] = places;
    var events = CM.eventsLayer(data, function () { return true; }).addTo(map);
    overlays["Events"] = events;
    var changes = CM.changesLayer(data).addTo(map);
    overlays["Changed hands"] = changes;
    L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    CM.legend(data).addTo(map);
    var fit = L.featureGroup([places, changes]);
    var b = fit.getBounds();
    if (!b.isValid()) { b = areas.getBounds(); }
    if (b.isValid()) { map.fitBounds(b.pad(0.2), { maxZoom: 10 }); }
    CM.wirePanel(map, data);
    global.cmLayers = { zones: zones, areas: areas, places: places, events: events, changes: changes, base: base };
    global.cmReady = performance.now();
    return global.cmLayers;
  };

  CM.legend = function (data) {
    var ctl = L.control({ position: "bottomright" });
    ctl.onAdd = function () {
      var box = el("div", { cls: "cm-legend-body" }, [el("b", { text: "Held by" })]);
      data.controllers.forEach(function (c, i) {
        if (data.used && data.used.indexOf(i) < 0) { return; }
        box.appendChild(el("div", null, [el("span", { cls: "cm-swatch", style: "background:" + c.colour }), c.label]));
      });
      box.appendChild(el("b", { text: "Markers" }));
      [["city", "city / town / village (size)"], ["airbase", "air base"], ["road", "road"], ["mountain", "region / landform"]]
        .forEach(function (k) { box.appendChild(el("div", null, [el("span", { cls: "cm-sym", text: SYMBOL[k[0]] || "\u25cf" }), k[1]])); });
      box.appendChild(el("div", null, [el("span", { cls: "cm-swatch cm-dashed" }), "area named (uncertain)"]));
      box.appendChild(el("div", null, [el("span", { cls: "cm-swatch cm-ring" }), "changed hands"]));
      if (data.eventKinds) {
        box.appendChild(el("b", { text: "Events" }));
        data.eventKinds.forEach(function (k, i) {
          if (data.usedEventKinds && data.usedEventKinds.indexOf(i) < 0) { return; }
          box.appendChild(el("div", null, [el("span", { cls: "cm-dot", style: "background:" + data.eventColours[i] }), k]));
        });
      }
      var wrap = el("details", { cls: "cm-legend" }, [el("summary", { text: "Legend" }), box]);
      if (window.innerWidth > 700) { wrap.setAttribute("open", ""); }
      L.DomEvent.disableClickPropagation(wrap);
      return wrap;
    };
    return ctl;
  };

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

  /* The timeline page: one slider over all dates; zones swap, events accumulate.
   * Zones are the settlements' cells (one canvas) plus any explicit polygons of the date. */
  CM.timelinePage = function (map, data, basemap, tiles) {
    if (!map.options.maxZoom) { map.setMaxZoom(16); }
    CM.basemap(basemap, map).addTo(map);
    var colours = data.controllers.map(function (c) { return c.colour; });
    var cells = new CM.CellLayer(data.cells.rings, data.cells.scale, colours).addTo(map);
    var extra = L.geoJSON(null, { style: CM.zoneStyle(data) }).addTo(map);
    var zones = L.featureGroup([cells, extra]).addTo(map);
    var current = data.dates.length - 1;
    var events = CM.eventsLayer(data, function (i) { return data.events.d[i] <= current; }).addTo(map);
    var changes = L.featureGroup().addTo(map);
    var overlays = { "Control zones": zones, "Events (up to the date)": events, "Changed hands on the date": changes };
    if (tiles) {
      overlays["Online tiles (" + tiles.name + ", needs network)"] = L.tileLayer(tiles.url, { attribution: tiles.attribution });
    }
    L.control.layers(null, overlays, { collapsed: false }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    CM.legend(data).addTo(map);
    var slider = document.getElementById("cm-slider");
    var label = document.getElementById("cm-date");
    var info = document.getElementById("cm-info");
    var play = document.getElementById("cm-play");
    slider.max = String(data.dates.length - 1);
    /* codes of every date, from the first date's codes and each date's flips */
    var codesOn = [], codes = data.cells.codes0.slice();
    for (var d = 0; d < data.dates.length; d++) {
      (data.cells.flips[d] || []).forEach(function (f) { codes[f[0]] = f[1]; });
      codesOn.push(codes.slice());
    }
    var perDate = new Array(data.dates.length).fill(0);
    for (var j = 0; j < data.events.d.length; j++) { perDate[data.events.d[j]]++; }
    function show(i) {
      current = i;
      slider.value = String(i);
      cells.setCodes(codesOn[i]);
      extra.clearLayers();
      if (data.explicit && data.explicit.length) { extra.addData(data.explicit[data.explicitOf[i]]); }
      changes.clearLayers();
      (data.changesOn[i] || []).forEach(function (ch) {
        var to = data.controllers[ch.t] || {};
        L.circleMarker([ch.y, ch.x], { radius: 13, color: to.colour || "#000", weight: 4, fill: false })
          .bindTooltip(document.createTextNode(ch.n + ": " + ((data.controllers[ch.f] || {}).label || "?") + " \u2192 " + (to.label || "?")))
          .addTo(changes);
      });
      events.setFilter(function (k) { return data.events.d[k] <= i; });
      label.textContent = data.dates[i];
      info.textContent = perDate[i] + " events on this date, " + (data.changesOn[i] || []).length + " places changed hands";
      var link = document.getElementById("cm-open-date");
      if (link) { link.setAttribute("href", data.dates[i] + ".html"); }
      document.body.setAttribute("data-date-index", String(i));
    }
    slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
    var timer = null;
    if (play) {
      play.addEventListener("click", function () {
        if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
        play.textContent = "\u275a\u275a Pause";
        timer = setInterval(function () {
          if (current >= data.dates.length - 1) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
          show(current + 1);
        }, 900);
      });
    }
    if (data.view) { map.fitBounds(data.view); }
    show(current);
    global.cmTimeline = { show: show, zones: zones, cells: cells, explicit: extra, events: events, codesOn: codesOn };
    global.cmReady = performance.now();
    return global.cmTimeline;
  };

  global.CM = CM;
})(window);
