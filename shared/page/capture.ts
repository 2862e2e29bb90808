// The page module's entry points: a snapshot, an HTML string or a plain text → Capture.
// The extension should import captureSnapshot from './capture-snapshot' (no linkedom in its bundle).
export { captureSnapshot, type CaptureOptions } from './capture-snapshot';
export { captureHtml } from './capture-html';
export { captureText } from './capture-text';
