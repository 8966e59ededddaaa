// AudioWorklet: the microphone, downsampled to 16 kHz mono 16-bit PCM, posted to the
// page in chunks of about one second, with the input level (RMS) about 20 times a second.
// Loaded by recorder.js with audioWorklet.addModule (same origin: CSP script-src 'self').
"use strict";

const TARGET_RATE = 16000;
const CHUNK_SAMPLES = TARGET_RATE; // one second
const LEVEL_EVERY_S = 0.05;

class PcmChunker extends AudioWorkletProcessor {
  constructor() {
    super();
    // sampleRate is the context's rate (44.1 or 48 kHz, usually).
    this.step = sampleRate / TARGET_RATE;
    this.position = 0; // where the next output sample falls, in input samples
    this.sum = 0; // the box filter: the mean of the inputs since the last output sample
    this.count = 0;
    this.chunk = new Int16Array(CHUNK_SAMPLES);
    this.filled = 0;
    this.squares = 0;
    this.levelCount = 0;
    this.levelEvery = Math.round(sampleRate * LEVEL_EVERY_S);
    this.port.onmessage = (event) => {
      if (event.data === "flush") {
        this.post();
        this.port.postMessage({ type: "flushed" });
      }
    };
  }

  post() {
    if (this.filled === 0) {
      return;
    }
    const pcm = this.chunk.slice(0, this.filled);
    this.port.postMessage({ type: "chunk", pcm: pcm.buffer }, [pcm.buffer]);
    this.filled = 0;
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) {
      return true;
    }
    const channels = input.length;
    const frames = input[0].length;
    for (let i = 0; i < frames; i += 1) {
      let sample = 0;
      for (let c = 0; c < channels; c += 1) {
        sample += input[c][i];
      }
      sample /= channels;
      this.squares += sample * sample;
      this.levelCount += 1;
      // Averaging the inputs of each output sample is a crude low-pass filter: enough
      // against aliasing for speech recognition, and cheap.
      this.sum += sample;
      this.count += 1;
      this.position += 1;
      if (this.position >= this.step) {
        this.position -= this.step;
        const mean = Math.max(-1, Math.min(1, this.sum / this.count));
        this.chunk[this.filled] = mean < 0 ? mean * 0x8000 : mean * 0x7fff;
        this.filled += 1;
        this.sum = 0;
        this.count = 0;
        if (this.filled === CHUNK_SAMPLES) {
          this.post();
        }
      }
    }
    if (this.levelCount >= this.levelEvery) {
      this.port.postMessage({ type: "level", rms: Math.sqrt(this.squares / this.levelCount) });
      this.squares = 0;
      this.levelCount = 0;
    }
    return true;
  }
}

registerProcessor("pcm-chunker", PcmChunker);
