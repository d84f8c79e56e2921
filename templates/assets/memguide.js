/* memguide.js — what the pages do with JavaScript on: the theme switch,
 * the sidebar on small screens, copy buttons, the steppers and search.
 * Everything works from file:// (step data and the search index are
 * scripts, not fetched JSON) and nothing is loaded from another host.
 * Without JavaScript the pages still show every output, the final memory
 * diagram of each example and a link to all of its steps. */
(function () {
  "use strict";
  var doc = document, root = doc.documentElement;

  function $(sel, el) { return (el || doc).querySelector(sel); }
  function $all(sel, el) { return Array.prototype.slice.call((el || doc).querySelectorAll(sel)); }

  /* ---- theme ---- */
  function currentTheme() {
    var t = root.getAttribute("data-theme");
    if (t) return t;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function setupTheme() {
    var b = $(".theme-toggle");
    if (!b) return;
    b.hidden = false;
    function label() {
      var next = currentTheme() === "dark" ? "light" : "dark";
      b.setAttribute("aria-label", "Switch to the " + next + " theme");
      b.title = "Switch to the " + next + " theme";
    }
    label();
    b.addEventListener("click", function () {
      var t = currentTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", t);
      try { localStorage.setItem("memguide-theme", t); } catch (e) {}
      label();
    });
  }

  /* ---- sidebar (small screens) ---- */
  function setupSidebar() {
    var b = $(".sidebar-toggle"), side = $("#sidebar");
    if (!b || !side) return;
    b.hidden = false;
    function set(open) {
      root.classList.toggle("sidebar-open", open);
      b.setAttribute("aria-expanded", open ? "true" : "false");
    }
    b.addEventListener("click", function () { set(!root.classList.contains("sidebar-open")); });
    doc.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && root.classList.contains("sidebar-open")) { set(false); b.focus(); }
    });
    doc.addEventListener("click", function (e) {
      if (root.classList.contains("sidebar-open") && !side.contains(e.target) && !b.contains(e.target)) set(false);
    });
  }

  /* ---- copy buttons ---- */
  function codeText(pre) {
    var lang = pre.getAttribute("data-lang");
    if (lang === "pycon") {
      /* a session: copy what is typed, without prompts or output */
      return $all(".line", pre).filter(function (l) { return $(".gp", l); }).map(function (l) {
        var c = l.cloneNode(true), p = $(".gp", c);
        p.parentNode.removeChild(p);
        return c.textContent;
      }).join("\n") + "\n";
    }
    return pre.textContent.replace(/\n?$/, "\n");
  }
  function setupCopy() {
    $all(".content pre").forEach(function (pre) {
      var wrap = pre.parentNode;
      if (!wrap.classList.contains("code-block")) {
        if (pre.closest(".output, .step-output")) return;
        wrap = doc.createElement("div");
        wrap.className = "code-block";
        pre.parentNode.insertBefore(wrap, pre);
        wrap.appendChild(pre);
      }
      var b = $(".copy", wrap);
      if (!b) {
        b = doc.createElement("button");
        b.type = "button";
        b.className = "copy";
        b.textContent = "Copy";
        b.setAttribute("aria-label", "Copy the code");
        wrap.insertBefore(b, pre);
      }
      b.hidden = false;
      b.addEventListener("click", function () {
        var text = codeText(pre);
        function done(ok) {
          b.textContent = ok ? "Copied" : "Press Ctrl+C";
          b.classList.add("done");
          setTimeout(function () { b.textContent = "Copy"; b.classList.remove("done"); }, 1500);
        }
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
        } else {
          var ta = doc.createElement("textarea");
          ta.value = text;
          ta.setAttribute("readonly", "");
          ta.style.position = "fixed";
          ta.style.opacity = "0";
          doc.body.appendChild(ta);
          ta.select();
          var ok = false;
          try { ok = doc.execCommand("copy"); } catch (e) {}
          doc.body.removeChild(ta);
          done(ok);
        }
      });
    });
  }

  /* a scrolled box must be reachable from the keyboard */
  function setupScrollables() {
    $all("pre, .diagram, table").forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1 && !el.hasAttribute("tabindex")) {
        el.setAttribute("tabindex", "0");
        if (!el.getAttribute("aria-label") && el.tagName !== "TABLE")
          el.setAttribute("aria-label", el.classList.contains("diagram") ? "Scrollable diagram" : "Scrollable code");
      }
    });
    $all(".diagram").forEach(function (el) {
      markMore(el);
      el.addEventListener("scroll", function () { markMore(el); }, { passive: true });
    });
    window.addEventListener("resize", function () { $all(".diagram").forEach(markMore); });
  }

  /* a diagram cut off at an edge fades out there (style.css), so that a
     reader on a phone, whose scroll bars stay hidden, sees there is more
     of it to scroll to: the objects are drawn right of the names */
  function markMore(el) {
    var left = el.scrollLeft > 1, right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    el.classList.toggle("more-left", left);
    el.classList.toggle("more-right", right);
  }

  /* ---- steppers ---- */
  var stepData = {}, waiting = {};
  /* called by steps/ID.js */
  window.memguideSteps = function (id, data) {
    stepData[id] = data;
    (waiting[id] || []).forEach(function (f) { f(data); });
    delete waiting[id];
  };
  function loadSteps(id, src, then) {
    if (stepData[id]) { then(stepData[id]); return; }
    if (waiting[id]) { waiting[id].push(then); return; }
    waiting[id] = [then];
    var s = doc.createElement("script");
    s.src = src;
    s.onerror = function () { delete waiting[id]; };
    doc.head.appendChild(s);
  }

  function setupStepper(st) {
    var id = st.getAttribute("data-example"), src = st.getAttribute("data-steps");
    var count = parseInt(st.getAttribute("data-count"), 10);
    var fig = st.closest(".example");
    var controls = $(".stepper-controls", st), slider = $(".step-slider", st), label = $(".step-label", st);
    var first = $(".step-first", st), prev = $(".step-prev", st), next = $(".step-next", st), last = $(".step-last", st);
    var diagram = $(".diagram", st), outBox = $(".step-output", st), outCode = $(".step-output code", st);
    var lines = $all(".code .line", fig);
    var data = null, cur = count - 1, shownSvg = -1;
    controls.hidden = false;
    st.setAttribute("tabindex", "0");
    st.setAttribute("aria-label", "Memory diagram, step by step: use the left and right arrow keys");

    function show(i) {
      cur = Math.max(0, Math.min(count - 1, i));
      slider.value = String(cur + 1);
      first.disabled = prev.disabled = cur === 0;
      next.disabled = last.disabled = cur === count - 1;
      if (!data) { label.textContent = "Step " + (cur + 1) + " of " + count; return; }
      var line = data.line[cur], ev = data.event[cur];
      var what = line ? "line " + line : "";
      if (ev && ev !== "line") what += (what ? ", " : "") + ev;
      if (cur === count - 1 && ev === "return" && data.line.length) what = "the end";
      label.textContent = "Step " + (cur + 1) + " of " + count + (what ? " (" + what + ")" : "");
      lines.forEach(function (l) {
        l.classList.toggle("current", parseInt(l.getAttribute("data-line"), 10) === line && cur !== count - 1);
      });
      var k = data.svg[cur];
      if (k !== shownSvg) {
        diagram.innerHTML = data.svgs[k].map(function (i) { return data.lines[i]; }).join("\n");
        shownSvg = k;
        markMore(diagram);
      }
      var out = data.out.slice(0, data.outlen[cur]);
      /* at the last step the output is the one shown above the stepper */
      outBox.hidden = cur === count - 1;
      outCode.textContent = out === "" ? "(nothing yet)" : out;
    }
    function go(i) {
      if (data) { show(i); return; }
      cur = Math.max(0, Math.min(count - 1, i));
      show(cur);
      loadSteps(id, src, function (d) { data = d; show(cur); });
    }
    first.addEventListener("click", function () { go(0); });
    prev.addEventListener("click", function () { go(cur - 1); });
    next.addEventListener("click", function () { go(cur + 1); });
    last.addEventListener("click", function () { go(count - 1); });
    slider.addEventListener("input", function () { go(parseInt(slider.value, 10) - 1); });
    st.addEventListener("keydown", function (e) {
      if (e.target === slider) return; /* the slider has its own arrow keys */
      var k = e.key;
      if (k === "ArrowRight" || k === "ArrowDown") { go(cur + 1); e.preventDefault(); }
      else if (k === "ArrowLeft" || k === "ArrowUp") { go(cur - 1); e.preventDefault(); }
      else if (k === "Home") { go(0); e.preventDefault(); }
      else if (k === "End") { go(count - 1); e.preventDefault(); }
    });
    show(cur);
    /* fetch the steps once the example comes near the screen */
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          io.disconnect();
          loadSteps(id, src, function (d) { if (!data) { data = d; show(cur); } });
        }
      }, { rootMargin: "400px" });
      io.observe(st);
    }
  }

  /* ---- search ---- */
  var index = null, indexWaiters = [];
  window.memguideSearchIndex = function (entries) {
    index = entries;
    indexWaiters.forEach(function (f) { f(); });
    indexWaiters = [];
  };
  function fold(s) {
    return s.toLowerCase().normalize ? s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "") : s.toLowerCase();
  }
  function escapeHtml(s) {
    return s.replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]; });
  }
  function setupSearch() {
    var box = $(".search"), input = $(".search-input"), list = $("#search-results");
    if (!box || !input) return;
    var rootPath = box.getAttribute("data-root") || "";
    input.hidden = false;
    var selected = -1;
    function ensureIndex(then) {
      if (index) { then(); return; }
      indexWaiters.push(then);
      if (indexWaiters.length > 1) return;
      var s = doc.createElement("script");
      s.src = rootPath + "search-index.js";
      doc.head.appendChild(s);
    }
    function snippet(text, words) {
      var f = fold(text), at = -1;
      for (var i = 0; i < words.length && at < 0; i++) at = f.indexOf(words[i]);
      var start = Math.max(0, at - 40), s = text.slice(start, start + 140);
      var html = escapeHtml((start > 0 ? "…" : "") + s + (start + 140 < text.length ? "…" : ""));
      words.forEach(function (w) {
        if (w.length < 2) return;
        html = html.replace(new RegExp("(" + w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + ")", "ig"), "<mark>$1</mark>");
      });
      return html;
    }
    function run() {
      var q = fold(input.value.trim());
      list.innerHTML = "";
      selected = -1;
      if (!q) { list.hidden = true; input.setAttribute("aria-expanded", "false"); return; }
      var words = q.split(/\s+/).filter(Boolean);
      var scored = [];
      index.forEach(function (e) {
        var p = fold(e.p), h = fold(e.h), t = fold(e.t), score = 0;
        for (var i = 0; i < words.length; i++) {
          var w = words[i], s = 0;
          if (p.indexOf(w) >= 0) s += 10;
          if (h.indexOf(w) >= 0) s += 6;
          if (t.indexOf(w) >= 0) s += 2;
          if (!s) return;
          score += s;
        }
        scored.push({ e: e, s: score });
      });
      scored.sort(function (a, b) { return b.s - a.s; });
      scored.slice(0, 12).forEach(function (r) {
        var li = doc.createElement("li"), a = doc.createElement("a");
        a.href = rootPath + r.e.u;
        a.innerHTML = '<span class="result-title">' + escapeHtml(r.e.p + (r.e.h ? " › " + r.e.h : "")) +
          '</span><span class="result-text">' + snippet(r.e.t, words) + "</span>";
        li.appendChild(a);
        list.appendChild(li);
      });
      if (!scored.length) {
        var li = doc.createElement("li");
        li.className = "no-result";
        li.textContent = "Nothing found for “" + input.value.trim() + "”";
        list.appendChild(li);
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function move(d) {
      var links = $all("a", list);
      if (!links.length) return;
      if (selected >= 0) links[selected].classList.remove("selected");
      selected = (selected + d + links.length) % links.length;
      links[selected].classList.add("selected");
      links[selected].scrollIntoView({ block: "nearest" });
    }
    input.addEventListener("focus", function () { ensureIndex(function () {}); });
    input.addEventListener("input", function () { ensureIndex(run); });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") { move(1); e.preventDefault(); }
      else if (e.key === "ArrowUp") { move(-1); e.preventDefault(); }
      else if (e.key === "Enter") {
        var links = $all("a", list);
        var a = links[selected >= 0 ? selected : 0];
        if (a) { window.location.href = a.href; e.preventDefault(); }
      } else if (e.key === "Escape") { input.value = ""; run(); }
    });
    doc.addEventListener("click", function (e) { if (!box.contains(e.target)) { list.hidden = true; input.setAttribute("aria-expanded", "false"); } });
    /* "/" or "s" jumps to the search box, as on many documentation sites */
    doc.addEventListener("keydown", function (e) {
      var t = e.target.tagName;
      if ((e.key === "/" || e.key === "s") && t !== "INPUT" && t !== "TEXTAREA" && !e.ctrlKey && !e.metaKey && !e.altKey) {
        input.focus();
        e.preventDefault();
      }
    });
  }

  /* The step pictures come without the renderer's <style> (it is the same
   * for all of them): keep the page's first copy where replacing a picture
   * cannot remove it. */
  function hoistDiagramStyle() {
    var st = $(".diagram svg style");
    if (!st || $("#mg-diagram-style")) return;
    var copy = doc.createElement("style");
    copy.id = "mg-diagram-style";
    copy.textContent = st.textContent;
    doc.head.appendChild(copy);
  }

  function init() {
    hoistDiagramStyle();
    setupTheme();
    setupSidebar();
    setupCopy();
    $all(".stepper[data-steps]").forEach(setupStepper);
    setupSearch();
    setupScrollables();
  }
  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", init);
  else init();
})();
