import { navigate } from '../app/routing';

/** Opens an engagement at its first step. */
export const openEngagement = (id: string) => navigate({ screen: 'engagement', id, step: 'client-profile' });

/** When an engagement was last edited: "Today, 3:40 PM", "Tuesday", "Mar 4, 2026". */
export function lastEdited(iso: string): string {
  const d = new Date(iso);
  const days = Math.floor((Date.now() - d.getTime()) / 86_400_000);
  if (days < 1 && new Date().toDateString() === d.toDateString())
    return `Today, ${d.toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' })}`;
  if (days < 7) return d.toLocaleDateString([], { weekday: 'long' });
  return d.toLocaleDateString([], { dateStyle: 'medium' });
}
