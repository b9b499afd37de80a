/*
 * On the offline page (answered by upright-sw.js for the address the member asked for): "Try again" and
 * the return of the connection load that address again.
 */
'use strict';
window.addEventListener('online', () => window.location.reload());
document.addEventListener('DOMContentLoaded', () => {
  const retry = document.querySelector('a.retry');
  if (retry) retry.href = window.location.href;
});
