// A spoken answer's feedback (issue 6): the word being played is highlighted in the
// transcript, clicking a word plays from it, and every metric's timestamp button seeks
// the recording. Without this script the recording still plays and the times are text.
"use strict";

(function () {
  if (window.shortlistPlayback) {
    return;
  }
  window.shortlistPlayback = true;

  function enhance(block) {
    const player = block.querySelector("[data-player]");
    const words = Array.from(block.querySelectorAll("[data-words] [data-start]"));
    if (!player) {
      return;
    }
    const starts = words.map((word) => Number(word.getAttribute("data-start")));
    const ends = words.map((word) => Number(word.getAttribute("data-end")));
    let lit = null;
    let frame = 0;

    // The last word that started at or before t, while it lasts.
    function wordAt(t) {
      let low = 0;
      let high = starts.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (starts[middle] <= t) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found >= 0 && t <= ends[found] + 0.15 ? words[found] : null;
    }

    function highlight() {
      const word = wordAt(player.currentTime);
      if (word !== lit) {
        if (lit) {
          lit.classList.remove("current");
        }
        if (word) {
          word.classList.add("current");
        }
        lit = word;
      }
    }

    function follow() {
      highlight();
      frame = player.paused ? 0 : window.requestAnimationFrame(follow);
    }

    function seek(seconds) {
      const go = () => {
        player.currentTime = seconds;
        highlight();
        player.play().catch(() => {
          // Playing may be refused (no output device, autoplay rules); the position is set.
        });
      };
      if (player.readyState >= 1) {
        go();
      } else {
        player.addEventListener("loadedmetadata", go, { once: true });
        player.load();
      }
    }

    player.addEventListener("timeupdate", highlight);
    player.addEventListener("seeked", highlight);
    player.addEventListener("play", () => {
      if (!frame) {
        frame = window.requestAnimationFrame(follow);
      }
    });

    words.forEach((word) => word.classList.add("seekable"));
    block.addEventListener("click", (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target ? target.closest("[data-seek]") : null;
      const word = target ? target.closest("[data-words] [data-start]") : null;
      if (button) {
        seek(Number(button.getAttribute("data-seek")));
      } else if (word) {
        seek(Number(word.getAttribute("data-start")));
      }
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-spoken]").forEach(enhance);
  });
})();
