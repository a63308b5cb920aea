// otpt's answerable booth and quiz on a static page. Every verdict, feedback, progress line
// and end screen was computed in Python by otpt's own grading (otpt/site/answerable.py) and
// comes with the page; this script only shows them and counts the answers marked correct.
(function () {
  "use strict";

  function setUp(section) {
    var data = JSON.parse(section.querySelector(".otpt-answer-data").textContent);
    var part = function (name) { return section.querySelector(".otpt-" + name); };
    var progress = part("progress"), main = part("main"), answers = part("answer-buttons");
    var feedback = part("feedback"), next = part("next"), start = part("start"), glossary = part("glossary");
    var buttons = Array.prototype.slice.call(answers.querySelectorAll("button"));
    var roundIndex = -1, round = null, position = 0, right = 0, defensible = 0, checked = false;

    function show(element, on) { element.hidden = !on; }

    // A progress line: the booth's is one text; the quiz's is keyed by the score so far.
    function line(lines) { return typeof lines === "string" ? lines : lines[right + "/" + defensible]; }

    function startScreen() {
      progress.innerHTML = "";
      feedback.innerHTML = "";
      main.innerHTML = data.start;
      show(answers, false); show(next, false); show(glossary, true);
      start.textContent = data.labels.start; show(start, true);
    }

    function newRound() {
      roundIndex = (roundIndex + 1) % data.rounds.length;
      round = data.rounds[roundIndex];
      position = 0; right = 0; defensible = 0;
      card();
    }

    function card() {
      var c = round.cards[position];
      checked = false;
      progress.innerHTML = line(c.progress);
      main.innerHTML = c.card;
      feedback.innerHTML = "";
      buttons.forEach(function (b) { b.disabled = false; b.removeAttribute("aria-pressed"); });
      show(answers, true); show(next, false); show(start, false); show(glossary, data.kind !== "booth");
    }

    function answer(lead) {
      if (checked) { return; }
      var c = round.cards[position], a = c.answers[lead];
      checked = true;
      if (a.correct) { right += 1; }
      if (a.defensible) { defensible += 1; }
      feedback.innerHTML = a.feedback;
      progress.innerHTML = line(c.progress_after);
      buttons.forEach(function (b) {
        b.disabled = true;
        b.setAttribute("aria-pressed", b.getAttribute("data-answer") === lead ? "true" : "false");
      });
      next.textContent = position === round.cards.length - 1 ? data.labels.last : data.labels.next;
      show(next, true);
      next.focus();
    }

    function end() {
      progress.innerHTML = "";
      main.innerHTML = "";
      feedback.innerHTML = data.end[right + "/" + defensible];
      show(answers, false); show(next, false); show(glossary, true);
      start.textContent = data.labels.again; show(start, true);
      start.focus();
    }

    buttons.forEach(function (b) {
      b.addEventListener("click", function () { answer(b.getAttribute("data-answer")); });
    });
    next.addEventListener("click", function () {
      if (!checked) { return; }
      position += 1;
      if (position >= round.cards.length) { end(); } else { card(); buttons[0].focus(); }
    });
    start.addEventListener("click", function () { newRound(); buttons[0].focus(); });

    if (data.start) { startScreen(); } else { newRound(); }
  }

  function setUpAll() {
    Array.prototype.forEach.call(document.querySelectorAll(".otpt-answerable"), setUp);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
}());
