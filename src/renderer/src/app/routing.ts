import { useSyncExternalStore } from 'react';
import { STEP_IDS, type StepId } from '@shared/flow';

export { STEP_IDS, type StepId };

export const SETTINGS_TABS = ['profile', 'rate-card', 'catalog', 'terms', 'data'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export type Route =
  | { screen: 'projects' }
  | { screen: 'engagement'; id: string; step: StepId }
  | { screen: 'settings'; tab: SettingsTab }
  | { screen: 'about' };

const isStep = (s: string | undefined): s is StepId => (STEP_IDS as readonly string[]).includes(s ?? '');
const isTab = (s: string | undefined): s is SettingsTab =>
  (SETTINGS_TABS as readonly string[]).includes(s ?? '');

/** The route lives in the URL hash so a reload lands on the same engagement and step. */
export function parseRoute(hash: string): Route {
  const [screen, a, b] = hash.replace(/^#\/?/, '').split('/');
  if (screen === 'engagement' && a)
    return { screen: 'engagement', id: decodeURIComponent(a), step: isStep(b) ? b : 'client-profile' };
  if (screen === 'settings') return { screen: 'settings', tab: isTab(a) ? a : 'profile' };
  if (screen === 'about') return { screen: 'about' };
  return { screen: 'projects' };
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'engagement':
      return `#/engagement/${encodeURIComponent(route.id)}/${route.step}`;
    case 'settings':
      return `#/settings/${route.tab}`;
    case 'about':
      return '#/about';
    case 'projects':
      return '#/projects';
  }
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};
window.addEventListener('hashchange', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let cachedHash: string | null = null;
let cachedRoute: Route = parseRoute('');
function snapshot(): Route {
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash;
    cachedRoute = parseRoute(cachedHash);
  }
  return cachedRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}

/**
 * Replaces the history entry rather than pushing one: a desktop window has no back button,
 * and Alt+arrow belongs to the step shortcuts, not to browser history.
 */
export function navigate(route: Route): void {
  const hash = formatRoute(route);
  if (window.location.hash === hash) return;
  window.history.replaceState(null, '', hash);
  notify();
}
