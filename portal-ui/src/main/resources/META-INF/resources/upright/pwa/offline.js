/*
 * On the offline page (answered by upright-sw.js for the address the member asked for): "Try again",
 * the return of the connection and, while the device says it is online (the portal may be what is
 * unreachable), every 15 seconds load that address again.
 */
'use strict';
// a moment after "online": the first requests right after it may still fail
window.addEventListener('online', () => setTimeout(() => window.location.reload(), 1000));
setInterval(() => { if (navigator.onLine) window.location.reload(); }, 15000);
document.addEventListener('DOMContentLoaded', () => {
  const retry = document.querySelector('a.retry');
  if (retry) retry.href = window.location.href;
});
