// Shortlist's only script: small enhancements. Every page works without it.
// No inline scripts anywhere (the Content-Security-Policy forbids them): all JS lives here.
"use strict";

(function () {
  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  // JSON API call with the CSRF header every unsafe request needs.
  async function api(method, url, body) {
    const response = await fetch(url, {
      method: method,
      credentials: "same-origin",
      headers: {
        "Accept": "application/json",
        "Content-Type": "application/json",
        "X-CSRF-Token": csrfToken(),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(data.detail || data.title || "Something went wrong (" + response.status + ")");
    }
    return data;
  }

  function announce(form, message, isError) {
    const region = form.querySelector("[data-live]");
    if (region) {
      region.textContent = message;
      region.classList.toggle("error-text", Boolean(isError));
    }
  }

  // Forms that destroy something ask first.
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) {
      return;
    }
    const question = form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  // Show the interview round fields only when the status is "interviewing".
  function syncDependentFields(root) {
    root.querySelectorAll("[data-show-when]").forEach((block) => {
      const [name, value] = block.getAttribute("data-show-when").split("=");
      const form = block.closest("form");
      const field = form ? form.elements.namedItem(name) : null;
      if (field && "value" in field) {
        block.hidden = field.value !== value;
      }
    });
  }

  document.addEventListener("change", (event) => {
    const form = event.target instanceof Element ? event.target.closest("form") : null;
    if (form) {
      syncDependentFields(form);
    }
  });

  // The job status form saves through the JSON API and stays on the page.
  function enhanceStatusForm(form) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const fields = form.elements;
      const body = { status: fields.namedItem("status").value };
      if (body.status === "interviewing") {
        const round = fields.namedItem("round_number").value;
        const date = fields.namedItem("round_date").value;
        if (round) {
          body.round_number = Number(round);
        }
        if (date) {
          body.round_date = date;
        }
      }
      try {
        const job = await api("PATCH", form.getAttribute("data-api"), body);
        showStatus(form, job);
        announce(form, "Saved.", false);
      } catch (error) {
        announce(form, error.message, true);
      }
    });
  }

  function dayLabel(iso) {
    const [year, month, day] = iso.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.toLocaleDateString("en-GB", {
      day: "numeric", month: "short", year: "numeric", timeZone: "UTC",
    });
  }

  // Redraw the status and the rounds from the API's answer (text only, never HTML).
  function showStatus(form, job) {
    const select = form.elements.namedItem("status");
    let label = select.selectedOptions[0].textContent;
    const rounds = job.rounds || [];
    if (job.status === "interviewing" && rounds.length) {
      label += " (round " + Math.max(...rounds.map((r) => r.number)) + ")";
    }
    document.querySelectorAll("[data-job-status]").forEach((el) => {
      el.textContent = label;
    });
    const list = document.querySelector("[data-rounds]");
    const block = document.querySelector("[data-rounds-block]");
    if (list && block) {
      list.replaceChildren(...rounds.map((r) => {
        const item = document.createElement("li");
        item.textContent = "Round " + r.number + (r.date ? ": " + dayLabel(r.date) : "") +
          (r.notes ? " · " + r.notes : "");
        return item;
      }));
      block.hidden = rounds.length === 0;
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    syncDependentFields(document);
    document.querySelectorAll("form[data-api]").forEach(enhanceStatusForm);
  });

  if ("serviceWorker" in navigator) {
    window.addEventListener("load", () => {
      navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
        // Offline start is a nicety; the app works without it.
      });
    });
  }
})();

// Interview preparation (issue 4): more form rows on demand, and copy buttons for the
// drafts. Without JavaScript the forms offer a few empty rows and the drafts can be
// selected by hand.
(function () {
  // "Add a row": copy the last row of the group, emptied, with the next row number in
  // its ids (…-3-…), labels and radio value.
  function addRow(button) {
    const group = button.closest("[data-rows]");
    const rows = group ? group.querySelectorAll("[data-row]") : [];
    if (!rows.length) {
      return;
    }
    const last = rows[rows.length - 1];
    const index = rows.length;
    const row = last.cloneNode(true);
    const renumber = (value) => value.replace(/-\d+-/, "-" + index + "-");
    row.querySelectorAll("[id]").forEach((el) => { el.id = renumber(el.id); });
    row.querySelectorAll("label[for]").forEach((el) => {
      el.htmlFor = renumber(el.htmlFor);
      el.childNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          node.textContent = node.textContent.replace(/\b\d+\b/, String(index + 1));
        }
      });
    });
    row.querySelectorAll("input, textarea").forEach((field) => {
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = false;
        if (field.type === "radio") {
          field.value = String(index);
        }
      } else {
        field.value = "";
      }
    });
    last.after(row);
    const first = row.querySelector("input, textarea");
    if (first) {
      first.focus();
    }
  }

  async function copyDraft(button) {
    const source = document.getElementById(button.getAttribute("data-copy"));
    const region = button.parentElement.querySelector("[data-live]");
    if (!source) {
      return;
    }
    try {
      await navigator.clipboard.writeText(source.value || source.textContent);
      if (region) {
        region.textContent = "Copied.";
      }
    } catch (error) {
      source.select();
      if (region) {
        region.textContent = "Selected: press Ctrl+C (or ⌘C) to copy.";
      }
    }
  }

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const adder = target ? target.closest("[data-add-row]") : null;
    if (adder) {
      addRow(adder);
      return;
    }
    const copier = target ? target.closest("[data-copy]") : null;
    if (copier) {
      copyDraft(copier);
    }
  });

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-add-row], [data-copy]").forEach((button) => {
      button.hidden = false;
    });
  });
})();

// Practice sessions (issue 5): a countdown, reading the question aloud, and autosave.
// Every keystroke is copied to localStorage at once (it survives a closed tab or a
// dropped network); the server copy follows ~800 ms after typing stops, and again when
// the browser is back online. Without JavaScript the answer is still a plain form.
(function () {
  const SAVE_DELAY_MS = 800;

  function storageKey(sessionId, itemId, what) {
    return "shortlist:practice:" + sessionId + ":" + itemId + ":" + what;
  }

  function readJson(key) {
    try {
      return JSON.parse(window.localStorage.getItem(key) || "null");
    } catch (error) {
      return null;
    }
  }

  function writeJson(key, value) {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
    } catch (error) {
      // Storage full or disabled: the server copy is all there is.
    }
  }

  // Copies of earlier questions of this session are done with once their page is gone.
  function forgetOtherItems(sessionId, itemId) {
    const prefix = "shortlist:practice:" + sessionId + ":";
    const keep = prefix + itemId + ":";
    const stale = [];
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (key && key.startsWith(prefix) && !key.startsWith(keep)) {
        stale.push(key);
      }
    }
    stale.forEach((key) => window.localStorage.removeItem(key));
  }

  function forgetOthers(sessionId, itemId) {
    try {
      forgetOtherItems(sessionId, itemId);
    } catch (error) {
      // No storage: nothing to forget.
    }
  }

  function minutes(seconds) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return m + ":" + String(s).padStart(2, "0");
  }

  function startCountdown(block, startedAt) {
    const timer = block.querySelector("[data-timer]");
    const total = Number(block.getAttribute("data-seconds")) || 150;
    if (!timer) {
      return;
    }
    function tick() {
      const left = total - Math.floor((Date.now() - startedAt) / 1000);
      if (left > 0) {
        timer.textContent = minutes(left) + " left to answer";
        return;
      }
      timer.textContent = "Time is up. Finish your sentence: your answer stays here until you submit it.";
      timer.classList.add("timer-out");
      window.clearInterval(handle);
    }
    const handle = window.setInterval(tick, 1000);
    tick();
  }

  function enhanceReadAloud(block) {
    const button = block.querySelector("[data-read-aloud]");
    const question = block.querySelector(".question-text");
    if (!button || !question || !("speechSynthesis" in window)) {
      return;
    }
    function speak() {
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(question.textContent));
    }
    button.hidden = false;
    button.addEventListener("click", speak);
    if (block.hasAttribute("data-auto-read")) {
      speak();
    }
  }

  function enhanceDraft(block) {
    const sessionId = block.getAttribute("data-practice");
    const itemId = block.getAttribute("data-item");
    const area = block.querySelector("[data-draft]");
    const status = block.querySelector("[data-draft-status]");
    const form = block.querySelector("[data-answer-form]");
    if (!area || !form) {
      return;
    }
    const url = area.getAttribute("data-draft-url");
    const draftKey = storageKey(sessionId, itemId, "draft");
    const startKey = storageKey(sessionId, itemId, "started");
    forgetOthers(sessionId, itemId);

    let startedAt = Number(readJson(startKey));
    if (!startedAt) {
      startedAt = Date.now();
      writeJson(startKey, startedAt);
    }
    startCountdown(block, startedAt);

    let timer = null;
    let sending = null;

    function say(message) {
      if (status) {
        status.textContent = message;
      }
    }

    function keepLocally(synced) {
      writeJson(draftKey, { text: area.value, savedAt: Date.now(), synced: synced });
    }

    async function sync() {
      window.clearTimeout(timer);
      const text = area.value;
      if (sending) {
        await sending.catch(() => {});
      }
      sending = fetch(url, {
        method: "PUT",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "X-CSRF-Token": document.querySelector('meta[name="csrf-token"]').getAttribute("content"),
        },
        body: JSON.stringify({ text: text }),
      }).then((response) => {
        if (!response.ok) {
          throw new Error("not saved (" + response.status + ")");
        }
      });
      try {
        await sending;
        if (area.value === text) {
          keepLocally(true);
        }
        say("Saved");
      } catch (error) {
        say("Saved on this device; will sync when back online");
      }
    }

    // A copy typed while offline (or in a tab that closed before it synced) wins over
    // the server's draft when it is unsynced or holds more.
    const local = readJson(draftKey);
    if (local && typeof local.text === "string" && local.text !== area.value &&
        (!local.synced || local.text.length > area.value.length)) {
      area.value = local.text;
      say("Restored what you typed on this device");
      sync();
    }

    area.addEventListener("input", () => {
      keepLocally(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(sync, SAVE_DELAY_MS);
    });
    window.addEventListener("online", () => {
      const copy = readJson(draftKey);
      if (copy && !copy.synced) {
        sync();
      }
    });
    form.addEventListener("submit", () => {
      const taken = form.querySelector("[data-seconds-taken]");
      if (taken) {
        taken.value = String(Math.max(0, Math.round((Date.now() - startedAt) / 1000)));
      }
      keepLocally(false);
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-practice]").forEach((block) => {
      enhanceReadAloud(block);
      enhanceDraft(block);
    });
  });
})();
