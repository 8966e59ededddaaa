// Voice mode of a practice session (issue 6): record the answer in the page and send it
// while it is spoken. The microphone goes through an AudioWorklet (pcm-worklet.js) that
// hands over ~1 s chunks of 16 kHz mono 16-bit PCM. Every chunk stays in memory, in
// order, until the server has it: a failed upload is retried with backoff (sooner when
// the browser says it is back online), and a 409 names the chunk the server expects, from
// which the rest is resent. Only when every chunk is acknowledged is the recording
// finished; the page then polls its progress and moves on to the feedback.
// Without this script (or a microphone) the answer can be typed, or a file uploaded.
"use strict";

(function () {
  if (window.shortlistRecorder) {
    return;
  }
  window.shortlistRecorder = true;

  const WORKLET_URL = "/static/pcm-worklet.js";
  const FIRST_RETRY_MS = 500;
  const LONGEST_RETRY_MS = 8000;
  const POLL_MS = 1000;
  const MESSAGES = {
    denied: "Microphone access was denied. Allow it in your browser's site settings, or type your answer instead.",
    missing: "No microphone was found. Plug one in or switch it on and press Record again, or type your answer instead.",
    busy: "The microphone is in use by another program. Close it and press Record again, or type your answer instead.",
    unsupported: "This browser cannot record in the page (it has no microphone access or AudioWorklet here; pages on plain http other than this computer's address are not allowed one). Type your answer below, or upload a recording.",
  };

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function clock(seconds) {
    const whole = Math.max(0, Math.floor(seconds));
    return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
  }

  function sleep(ms, wake) {
    return new Promise((resolve) => {
      const timer = window.setTimeout(done, ms);
      function done() {
        window.clearTimeout(timer);
        window.removeEventListener("online", done);
        resolve();
      }
      if (wake) {
        window.addEventListener("online", done);
      }
    });
  }

  // A request that failed for a reason worth retrying: no network, or the server down.
  class Retry extends Error {}

  async function call(method, url, body, type) {
    let response;
    try {
      response = await fetch(url, {
        method: method,
        credentials: "same-origin",
        headers: {
          "Accept": "application/json",
          "Content-Type": type || "application/json",
          "X-CSRF-Token": csrfToken(),
        },
        body: body,
      });
    } catch (error) {
      throw new Retry("the connection was lost");
    }
    const data = await response.json().catch(() => ({}));
    if (response.status >= 500 || response.status === 408 || response.status === 429) {
      throw new Retry("the server did not answer (" + response.status + ")");
    }
    return { status: response.status, ok: response.ok, data: data };
  }

  function failure(answer) {
    const data = answer.data || {};
    return new Error(data.detail || data.title || "Something went wrong (" + answer.status + ")");
  }

  function micMessage(error) {
    const name = error && error.name;
    if (name === "NotAllowedError" || name === "SecurityError" || name === "PermissionDeniedError") {
      return MESSAGES.denied;
    }
    if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") {
      return MESSAGES.missing;
    }
    if (name === "NotReadableError" || name === "AbortError") {
      return MESSAGES.busy;
    }
    return "The microphone could not be started (" + (error && error.message || name) + "). Type your answer instead, or upload a recording.";
  }

  function enhance(block) {
    const $ = (selector) => block.querySelector(selector);
    const buttons = $("[data-recorder-buttons]");
    const recordButton = $("[data-record]");
    const stopButton = $("[data-stop]");
    const live = $("[data-recorder-live]");
    const meter = $("[data-level]");
    const elapsed = $("[data-elapsed]");
    const progressBlock = $("[data-recorder-progress]");
    const progress = $("[data-progress]");
    const status = $("[data-recorder-status]");
    const upload = $("[data-upload]");
    const allowed = Number(block.getAttribute("data-seconds")) || 150;
    const sessionId = block.getAttribute("data-session");
    const itemId = block.getAttribute("data-item");

    function say(message, isError) {
      status.textContent = message;
      status.classList.toggle("error-text", Boolean(isError));
    }

    const supported = Boolean(
      navigator.mediaDevices && navigator.mediaDevices.getUserMedia &&
      window.AudioContext && window.AudioWorkletNode
    );
    if (!supported) {
      say(MESSAGES.unsupported, true);
      if (upload) {
        upload.open = true;
      }
      return;
    }
    buttons.hidden = false;

    let state = null;

    function fresh() {
      return {
        recordingId: null,
        chunks: [], // ArrayBuffers, in order; kept until the recording is finished
        sent: 0, // chunks the server has acknowledged
        pumping: false,
        stopped: false,
        finishing: false,
        failed: false,
        startedAt: 0,
        seconds: 0,
        offline: false,
      };
    }

    function showElapsed() {
      if (!state || state.stopped) {
        return;
      }
      const seconds = (Date.now() - state.startedAt) / 1000;
      let text = clock(seconds) + " recorded of " + clock(allowed);
      if (seconds > allowed) {
        text = clock(seconds) + " recorded: time is up, finish your sentence and press Stop";
      }
      elapsed.textContent = text;
    }

    function fail(message) {
      if (!state || state.failed) {
        return;
      }
      state.failed = true;
      say(message, true);
      release();
      recordButton.disabled = false;
      stopButton.disabled = true;
      progressBlock.hidden = true;
    }

    function release() {
      if (state && state.release) {
        state.release();
        state.release = null;
      }
    }

    function waiting(error) {
      const unsent = state.chunks.length - state.sent;
      const kept = unsent > 0 ? " " + unsent + " s of audio kept on this device;" : "";
      say("Connection lost (" + error.message + ")." + kept + " retrying…", true);
      state.offline = true;
    }

    // Send every chunk not yet acknowledged, one at a time, in order.
    async function pump() {
      const current = state;
      if (current.pumping || current.recordingId === null || current.failed) {
        return;
      }
      current.pumping = true;
      let delay = FIRST_RETRY_MS;
      try {
        while (current.sent < current.chunks.length && !current.failed) {
          const index = current.sent;
          const url = "/api/v1/recordings/" + current.recordingId + "/chunks/" + index;
          let answer;
          try {
            answer = await call("PUT", url, current.chunks[index], "application/octet-stream");
          } catch (error) {
            if (!(error instanceof Retry)) {
              throw error;
            }
            waiting(error);
            await sleep(delay, true);
            delay = Math.min(delay * 2, LONGEST_RETRY_MS);
            continue;
          }
          delay = FIRST_RETRY_MS;
          if (answer.status === 409 && typeof answer.data.expected === "number") {
            // The server lost or never got an earlier chunk: resend from there.
            current.sent = Math.min(answer.data.expected, current.chunks.length);
            continue;
          }
          if (!answer.ok) {
            fail(failure(answer).message);
            return;
          }
          current.sent = Math.max(index + 1, Math.min(answer.data.chunks, current.chunks.length));
          if (current.offline) {
            current.offline = false;
            say(current.stopped ? "Back online: sending the rest." : "Back online: recording, and sent.");
          }
        }
      } catch (error) {
        fail(error.message);
        return;
      } finally {
        current.pumping = false;
      }
      if (current.stopped && current.sent === current.chunks.length) {
        finish(current);
      }
    }

    async function finish(current) {
      if (current.finishing || current.failed) {
        return;
      }
      current.finishing = true;
      say("Sent. Transcribing your answer…");
      progressBlock.hidden = false;
      const body = JSON.stringify({ seconds_taken: Math.round(current.seconds) });
      let delay = FIRST_RETRY_MS;
      for (;;) {
        try {
          const answer = await call("POST", "/api/v1/recordings/" + current.recordingId + "/finish", body);
          if (!answer.ok) {
            fail(failure(answer).message);
            return;
          }
          break;
        } catch (error) {
          if (!(error instanceof Retry)) {
            fail(error.message);
            return;
          }
          waiting(error);
          await sleep(delay, true);
          delay = Math.min(delay * 2, LONGEST_RETRY_MS);
        }
      }
      poll(current);
    }

    async function poll(current) {
      for (;;) {
        let answer;
        try {
          answer = await call("GET", "/api/v1/recordings/" + current.recordingId);
        } catch (error) {
          waiting(error);
          await sleep(POLL_MS * 2, true);
          continue;
        }
        if (!answer.ok) {
          fail(failure(answer).message);
          return;
        }
        const view = answer.data;
        progress.value = view.progress;
        progress.textContent = Math.round(view.progress * 100) + "%";
        if (view.status === "done") {
          say("Done: showing the feedback.");
          window.location.assign("/practice/" + sessionId + "?answered=" + itemId + "#feedback");
          return;
        }
        if (view.status === "failed") {
          fail((view.error || "The recording could not be transcribed.") + " Record again, or type your answer.");
          return;
        }
        say("Transcribing your answer: " + Math.round(view.progress * 100) + "%");
        await sleep(POLL_MS, false);
      }
    }

    async function record() {
      recordButton.disabled = true;
      say("Asking for the microphone…");
      let stream;
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          // Raw sound: echo cancellation and noise suppression smear words for the
          // recogniser, and nothing plays while the user speaks.
          audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false },
        });
      } catch (error) {
        recordButton.disabled = false;
        say(micMessage(error), true);
        return;
      }
      const current = fresh();
      state = current;
      let context;
      try {
        context = new AudioContext();
        await context.audioWorklet.addModule(WORKLET_URL);
      } catch (error) {
        stream.getTracks().forEach((track) => track.stop());
        recordButton.disabled = false;
        say(MESSAGES.unsupported, true);
        return;
      }
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, "pcm-chunker");
      let flushed = null;
      node.port.onmessage = (event) => {
        const message = event.data;
        if (message.type === "level") {
          // -60 dBFS and below reads as silence, 0 dBFS as full.
          const db = 20 * Math.log10(Math.max(message.rms, 1e-6));
          const level = Math.max(0, Math.min(1, (db + 60) / 60));
          meter.value = level;
          meter.textContent = Math.round(level * 100) + "%";
        } else if (message.type === "chunk") {
          current.chunks.push(message.pcm);
          pump();
        } else if (message.type === "flushed" && flushed) {
          flushed();
        }
      };
      source.connect(node);
      // Connected to the output (it plays silence) so the browser keeps pulling audio.
      node.connect(context.destination);
      const ticker = window.setInterval(showElapsed, 250);
      current.release = () => {
        window.clearInterval(ticker);
        stream.getTracks().forEach((track) => track.stop());
        source.disconnect();
        node.disconnect();
        context.close().catch(() => {});
        meter.value = 0;
      };
      current.stop = async () => {
        current.seconds = (Date.now() - current.startedAt) / 1000;
        await new Promise((resolve) => {
          flushed = resolve;
          node.port.postMessage("flush");
          window.setTimeout(resolve, 1000);
        });
        release();
      };
      current.startedAt = Date.now();
      live.hidden = false;
      stopButton.disabled = false;
      showElapsed();
      say("Recording. Press Stop when you have finished.");

      let answer;
      for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, LONGEST_RETRY_MS)) {
        try {
          answer = await call("POST", block.getAttribute("data-start-url"));
          break;
        } catch (error) {
          waiting(error);
          await sleep(delay, true);
        }
      }
      if (!answer.ok) {
        fail(failure(answer).message);
        return;
      }
      current.recordingId = answer.data.id;
      block.setAttribute("data-recording-id", String(answer.data.id));
      pump();
    }

    async function stop() {
      const current = state;
      if (!current || current.stopped || current.failed) {
        return;
      }
      stopButton.disabled = true;
      await current.stop();
      current.stopped = true;
      elapsed.textContent = clock(current.seconds) + " recorded";
      if (current.chunks.length === 0) {
        fail("Nothing was recorded; check the microphone and press Record again.");
        return;
      }
      say("Sending the last of the recording…");
      pump();
    }

    recordButton.addEventListener("click", record);
    stopButton.addEventListener("click", stop);
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-recorder]").forEach(enhance);
  });
})();
