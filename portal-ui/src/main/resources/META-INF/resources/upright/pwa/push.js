/*
 * Web push on this device, for the reminder card (ReminderCard.java loads it with @JavaScript): whether
 * the browser can show notifications from Upright's service worker, and subscribing or unsubscribing this
 * browser with the portal's VAPID key. The browser's permission prompt is asked only from the member's
 * click on the card's button (wire), never on page load. Each answer goes to the card's server side
 * ($server.pushState / pushSubscribed / pushRefused / pushUnsubscribed), over Vaadin's own connection.
 */
'use strict';
(() => {
  const supported = () => window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window
    && 'Notification' in window;

  // the worker register.js registers on load; a browser that never activates one gives up after a while
  const worker = () => Promise.race([
    navigator.serviceWorker.ready,
    new Promise((resolve, reject) => setTimeout(() => reject(new Error('no service worker')), 15000)),
  ]);

  const keyBytes = (base64url) => {
    const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(text, (c) => c.charCodeAt(0));
  };

  const sameKey = (buffer, key) => {
    if (!buffer) return false;
    const a = new Uint8Array(buffer);
    return a.length === key.length && a.every((b, i) => b === key[i]);
  };

  /** 'unsupported', 'denied', 'none' or 'subscribed' with the subscription's endpoint. */
  async function state() {
    if (!supported()) return { state: 'unsupported' };
    if (Notification.permission === 'denied') return { state: 'denied' };
    try {
      const subscription = await (await worker()).pushManager.getSubscription();
      return subscription && Notification.permission === 'granted'
        ? { state: 'subscribed', endpoint: subscription.endpoint } : { state: 'none' };
    } catch (e) {
      return { state: 'unsupported' };
    }
  }

  /** Asks the browser's permission (so: call from a click), then subscribes with the portal's key. */
  async function subscribe(publicKey) {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') return { refused: permission === 'denied' ? 'denied' : 'dismissed' };
    const key = keyBytes(publicKey);
    const pushManager = (await worker()).pushManager;
    let subscription = await pushManager.getSubscription();
    if (subscription && !sameKey(subscription.options && subscription.options.applicationServerKey, key)) {
      await subscription.unsubscribe(); // made with another key: the portal could not send to it
      subscription = null;
    }
    if (!subscription) {
      subscription = await pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
    }
    const json = subscription.toJSON();
    return { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth };
  }

  async function unsubscribe() {
    const subscription = supported() ? await (await worker()).pushManager.getSubscription() : null;
    if (!subscription) return null;
    const endpoint = subscription.endpoint;
    await subscription.unsubscribe();
    return endpoint;
  }

  /** Tells the card what this browser can do and whether it is subscribed. */
  function report(card) {
    state().then((s) => card.$server.pushState(s.state, s.endpoint || null));
  }

  /** The card's buttons: "allow on this device" subscribes, "stop on this device" unsubscribes. */
  function wire(card, allow, stop, publicKey) {
    allow.addEventListener('click', () => {
      subscribe(publicKey)
        .then((s) => (s.refused ? card.$server.pushRefused(s.refused) : card.$server.pushSubscribed(s.endpoint, s.p256dh, s.auth)))
        .catch(() => card.$server.pushRefused('failed'));
    });
    stop.addEventListener('click', () => {
      unsubscribe().then((endpoint) => card.$server.pushUnsubscribed(endpoint))
        .catch(() => card.$server.pushUnsubscribed(null));
    });
    report(card);
  }

  window.uprightPush = { supported, state, wire };
})();
