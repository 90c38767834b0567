// pdf.js's worker, built with the app instead of copied as it ships: the build lowers its
// syntax to the app's target (it starts itself in a class static block, which Chromium 92
// cannot read), and the legacy build brings the built-ins it needs that Chromium 92 lacks.
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
