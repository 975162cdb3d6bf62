// The article page: explain a clicked highlight from the facts the page carries (a JSON data
// block), and switch layers on and off. Everything is written with textContent: no HTML from
// the article is ever parsed.
(function () {
  "use strict";
  var block = document.getElementById("ng-facts");
  var detail = document.getElementById("fact-detail");
  if (!block || !detail) { return; }
  var facts = JSON.parse(block.textContent || "{}");
  var SKIP = { id: 1, layer: 1, part: 1 };

  function label(value) {
    if (value === null || value === undefined) { return ""; }
    if (Array.isArray(value)) { return value.map(label).filter(Boolean).join(", "); }
    if (typeof value === "object") {
      if (typeof value.name === "string" && value.name) { return value.name; }
      if (typeof value.text === "string" && value.text) { return value.text; }
      return JSON.stringify(value);
    }
    return String(value);
  }

  function row(list, key, value) {
    var shown = label(value);
    if (shown === "") { return; }
    var dt = document.createElement("dt");
    dt.textContent = key;
    var dd = document.createElement("dd");
    dd.textContent = shown;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function show(key, scroll) {
    var fact = facts[key];
    if (!fact) { return; }
    detail.textContent = "";
    var title = document.createElement("h3");
    title.textContent = fact.layer + (fact.type || fact.kind || fact.label ? " · " + (fact.type || fact.kind || fact.label) : "");
    detail.appendChild(title);
    var list = document.createElement("dl");
    list.className = "fact-fields";
    if (typeof fact.start === "number" && typeof fact.end === "number") {
      row(list, "evidence", "characters " + fact.start + "–" + fact.end);
    }
    Object.keys(fact).forEach(function (k) {
      if (SKIP[k] || k === "start" || k === "end") { return; }
      var v = fact[k];
      if (v && typeof v === "object" && !Array.isArray(v)) {
        Object.keys(v).forEach(function (sub) { row(list, k + " " + sub, v[sub]); });
      } else {
        row(list, k, v);
      }
    });
    detail.appendChild(list);
    var marks = document.querySelectorAll("mark.selected");
    for (var i = 0; i < marks.length; i++) { marks[i].classList.remove("selected"); }
    var found = document.querySelectorAll('mark[data-fact="' + CSS.escape(key) + '"]');
    for (var j = 0; j < found.length; j++) { found[j].classList.add("selected"); }
    if (scroll && found.length) { found[0].scrollIntoView({ block: "center" }); }
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var shower = target && target.closest("[data-show]");
    if (shower) {
      event.preventDefault();
      show(shower.getAttribute("data-show"), true);
      return;
    }
    var mark = target && target.closest("mark[data-fact]");
    if (mark) {
      // the innermost highlight wins; its outer ones stay one click away on their own words
      show(mark.getAttribute("data-fact"), false);
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (event.key === "Enter" && target && target.matches("mark[data-fact]")) {
      show(target.getAttribute("data-fact"), false);
    }
  });
  var toggles = document.querySelectorAll("input[data-layer-toggle]");
  for (var t = 0; t < toggles.length; t++) {
    toggles[t].addEventListener("change", function (event) {
      var box = event.target;
      document.body.classList.toggle("hide-" + box.getAttribute("data-layer-toggle"), !box.checked);
    });
  }
  var wanted = new URLSearchParams(window.location.search).get("fact");
  if (wanted) { show(wanted, true); }
})();
