/*
 * Upright's service worker. It does two things. A page load (a navigation) that fails because the
 * device is offline or the portal cannot be reached gets the "Upright needs a connection" page
 * instead of the browser's error; and a daily reminder sent as a web push message is shown as a
 * notification, whose tap opens the check-in (push and notificationclick at the end). Nothing else
 * is cached or answered here:
 * - only GET navigations are handled; every other request (Vaadin's UIDL and push posts, its
 *   ?v-r= requests, uploads, exports, scripts, styles) goes to the network untouched;
 * - a page that loads is never stored, so no member's data stays in a cache;
 * - an open page keeps running: the timer counts on in the tab and its outbox keeps the result
 *   until the connection returns (timer/outbox.js).
 * The offline page's own files are the only cache; a new version of this file replaces it.
 */
'use strict';

const CACHE = 'upright-offline-v1';
const OFFLINE_PAGE = 'offline.html';
// the offline page and what it shows, relative to this worker (its scope is the portal's root)
const OFFLINE_FILES = [OFFLINE_PAGE, 'upright/pwa/offline.css', 'upright/pwa/offline.js', 'icons/upright-192.png'];

const offlineUrls = () => OFFLINE_FILES.map((f) => new URL(f, self.registration.scope).href);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(offlineUrls())).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('upright-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

/**
 * The kept offline page, answered for the address the member asked for (so reloading it retries
 * that address). Its links are relative to the portal's root, which a base element names, since
 * the address may be any depth below it. Its Content-Security-Policy travels with it.
 */
async function offlinePage() {
  const kept = await caches.match(new URL(OFFLINE_PAGE, self.registration.scope).href);
  if (!kept) return Response.error();
  const html = (await kept.text()).replace('<head>', `<head>\n<base href="${self.registration.scope}">`);
  const headers = new Headers({ 'Content-Type': 'text/html;charset=UTF-8' });
  const policy = kept.headers.get('Content-Security-Policy');
  if (policy) headers.set('Content-Security-Policy', policy);
  return new Response(html, { status: 200, headers });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.searchParams.has('v-r')) return;
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(offlinePage));
  } else if (offlineUrls().includes(url.href)) {
    // the offline page's stylesheet, script and icon: fresh when online, from the cache when not
    event.respondWith(fetch(request).catch(() => caches.match(url.href)));
  }
});

/*
 * A daily reminder (tracker ReminderJob, PushNotifications): the payload is JSON with the title and
 * text already in the member's language and the page to open, relative to the portal's root. The
 * reminder replaces an earlier one still showing (one tag), so a phone shows one at most.
 */
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (e) {
    message = {};
  }
  const title = typeof message.title === 'string' && message.title ? message.title : 'Upright';
  event.waitUntil(self.registration.showNotification(title, {
    body: typeof message.body === 'string' ? message.body : '',
    icon: new URL('icons/upright-192.png', self.registration.scope).href,
    tag: 'upright-daily-reminder',
    data: { url: typeof message.url === 'string' ? message.url : '' },
  }));
});

/** The tap: the check-in in a window of the portal already open, else in a new one; never another site. */
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const scope = self.registration.scope;
  let target = new URL((event.notification.data && event.notification.data.url) || '', scope);
  if (target.origin !== self.location.origin || !target.href.startsWith(scope)) target = new URL(scope);
  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
    const open = windows.find((w) => w.url.startsWith(scope) && 'navigate' in w);
    return open ? open.focus().then((w) => (w || open).navigate(target.href)) : self.clients.openWindow(target.href);
  }));
});
