/* actorgraph web UI: DOM helpers shared by every page and by the one-file report.
 *
 * Everything from the store is untrusted article text. It only ever reaches the page as
 * text nodes (el() and highlight() below) or as attribute values that are not URLs; links
 * are built from ids by this code, and an article's own URL becomes a link only when it is
 * plain http(s). There is no innerHTML anywhere in the UI. */
(function () {
  "use strict";
  var AG = (window.AG = window.AG || {});

  /* In the report (a file opened from disk) there are no actor or document pages. */
  AG.offline = AG.offline || false;

  /* el("a", {href: "/x", class: "c", title: "t", onclick: fn}, "text", node, ...) */
  AG.el = function (tag, attrs) {
    var node = document.createElement(tag);
    var a = attrs || {};
    Object.keys(a).forEach(function (key) {
      var value = a[key];
      if (value === null || value === undefined || value === false) return;
      if (key.slice(0, 2) === "on" && typeof value === "function") {
        node.addEventListener(key.slice(2), value);
      } else if (key === "href") {
        var safe = AG.safeHref(String(value));
        if (safe) node.setAttribute("href", safe);
      } else if (/^(class|title|id|type|name|value|placeholder|for|role|colspan|min|max|step|maxlength|pattern|aria-[a-z]+|data-[a-z-]+|selected|rel)$/.test(key)) {
        node.setAttribute(key, String(value));
      } else {
        throw new Error("AG.el: attribute not allowed: " + key);
      }
    });
    for (var i = 2; i < arguments.length; i++) AG.append(node, arguments[i]);
    return node;
  };

  AG.append = function (parent, child) {
    if (child === null || child === undefined || child === false) return parent;
    if (Array.isArray(child)) {
      child.forEach(function (c) { AG.append(parent, c); });
    } else if (child instanceof Node) {
      parent.appendChild(child);
    } else {
      parent.appendChild(document.createTextNode(String(child)));
    }
    return parent;
  };

  /* Our own paths ("/actor/x") and plain http(s) URLs; anything else (javascript:, data:,
   * vbscript:, protocol-relative) is dropped. */
  AG.safeHref = function (url) {
    if (typeof url !== "string") return null;
    var u = url.trim();
    if (/^\/(?!\/)/.test(u) || /^#/.test(u)) return u;
    if (/^https?:\/\/[^\s]/i.test(u)) return u;
    return null;
  };

  AG.actorHref = function (id) {
    return AG.offline || !id ? null : "/actor/" + encodeURIComponent(id);
  };
  /* Offline (the report) a document links to its original http(s) address, if any. */
  AG.docUrls = AG.docUrls || {};
  AG.docHref = function (id) {
    if (!id) return null;
    return AG.offline ? AG.safeHref(AG.docUrls[id] || "") : "/document/" + encodeURIComponent(id);
  };

  /* A link when there is somewhere to go, else a span with the same text. */
  AG.link = function (href, text, cls) {
    return href ? AG.el("a", { href: href, class: cls }, text) : AG.el("span", { class: cls }, text);
  };

  AG.actorLink = function (id, name) {
    return AG.link(AG.actorHref(id), name || id || "?", "actor");
  };

  AG.fetchJSON = function (path) {
    return fetch(path, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (resp) {
        return resp.json().then(function (body) {
          if (!resp.ok) throw new Error((body && body.detail) || resp.status + " " + resp.statusText);
          return body;
        });
      });
  };

  AG.main = function () {
    return document.getElementById("main");
  };

  AG.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  };

  AG.showError = function (err) {
    AG.main().appendChild(AG.el("p", { class: "error", role: "alert" }, String(err.message || err)));
  };

  /* text with marks [{start, end, kind, actor?, title?}] -> fragment of text and <mark>s.
   * Overlapping marks are handled by cutting the text at every boundary: each piece is one
   * text node inside one element whose classes name every mark covering it. */
  AG.highlight = function (text, marks) {
    var frag = document.createDocumentFragment();
    var cuts = [0, text.length];
    (marks || []).forEach(function (m) {
      if (m.start >= 0 && m.end <= text.length && m.start < m.end) cuts.push(m.start, m.end);
    });
    cuts = cuts.sort(function (a, b) { return a - b; }).filter(function (c, i, all) {
      return i === 0 || c !== all[i - 1];
    });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var lo = cuts[i], hi = cuts[i + 1];
      var piece = text.slice(lo, hi);
      var covering = (marks || []).filter(function (m) { return m.start <= lo && hi <= m.end; });
      if (!covering.length) {
        frag.appendChild(document.createTextNode(piece));
        continue;
      }
      var kinds = covering.map(function (m) { return "hl-" + m.kind; });
      var titles = covering.map(function (m) { return m.title || m.kind; }).filter(Boolean);
      var actorMark = covering.filter(function (m) { return m.kind === "mention" && m.actor; })[0];
      var node = actorMark && AG.actorHref(actorMark.actor)
        ? AG.el("a", { href: AG.actorHref(actorMark.actor) })
        : AG.el("mark");
      node.setAttribute("class", kinds.join(" "));
      node.setAttribute("title", titles.join("; "));
      node.appendChild(document.createTextNode(piece));
      frag.appendChild(node);
    }
    return frag;
  };

  /* columns: [{label, cell: function(row) -> node|string}] */
  AG.table = function (columns, rows, cls) {
    var head = AG.el("tr", null, columns.map(function (c) { return AG.el("th", null, c.label); }));
    var body = rows.map(function (row) {
      return AG.el("tr", null, columns.map(function (c) { return AG.el("td", null, c.cell(row)); }));
    });
    if (!rows.length) {
      body = [AG.el("tr", null, AG.el("td", { colspan: columns.length, class: "empty" }, "nothing"))];
    }
    return AG.el("table", { class: cls || "rows" }, AG.el("thead", null, head), AG.el("tbody", null, body));
  };

  AG.section = function (title) {
    var sec = AG.el("section", null, AG.el("h2", null, title));
    for (var i = 1; i < arguments.length; i++) AG.append(sec, arguments[i]);
    return sec;
  };

  AG.stanceArrow = { support: "supports", oppose: "opposes", consult: "deals with" };

  /* The last path segment of the current URL (the id of an actor or document page). */
  AG.pathId = function () {
    var parts = window.location.pathname.split("/").filter(Boolean);
    return decodeURIComponent(parts[parts.length - 1] || "");
  };

  AG.query = function (name) {
    return new URLSearchParams(window.location.search).get(name);
  };
})();
