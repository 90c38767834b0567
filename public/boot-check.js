// Runs before the app in any browser, IE and 360's compatibility mode included (ES3 only):
// a browser older than the app supports (Chromium 92; `Array.prototype.at` came with it)
// sees the message in index.html instead of a blank page.
(function () {
  var ok =
    typeof Array.prototype.at === 'function' &&
    typeof window.indexedDB !== 'undefined' &&
    typeof window.Worker === 'function' &&
    typeof window.Promise === 'function';
  if (ok) return;
  var box = document.getElementById('boot-fallback');
  if (box) box.removeAttribute('hidden');
})();
