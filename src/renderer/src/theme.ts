import {
  Badge,
  createTheme,
  Modal,
  Notification,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';

const base: MantineThemeOverride = {
  primaryColor: 'indigo',
  // Shade 7 keeps white button text above 4.5:1 (shade 6 is about 4:1).
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Badges carry statuses and units ("session days × cohorts"): sentence case, never cut short.
    Badge: Badge.extend({
      styles: { root: { textTransform: 'none', minWidth: 'max-content' }, label: { overflow: 'visible' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss' } } }),
  },
};

export const theme = createTheme(base);

/**
 * Meeting mode: the screen is shared with district leaders across a table, so every rem grows.
 * Scaling the rem unit keeps Mantine's proportions instead of patching font sizes one by one.
 */
export const meetingTheme = createTheme({ ...base, scale: 1.15 });

/** Colours whose darkest shade still reads below 4.5:1 on their own tint get a darker one. */
const DARK_TEXT: Record<string, string> = {
  yellow: '#7a4f01',
  orange: '#a33b08',
  lime: '#3b5c0a',
  teal: '#06664a',
  green: '#1f6b2e',
};

/**
 * Text contrast of at least 4.5:1 everywhere: secondary text one shade darker than Mantine's
 * default, and text on tinted ("light" and "subtle") badges, buttons and alerts in the
 * darkest shade of its colour rather than the sixth.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' };
  for (const name of Object.keys(t.colors)) {
    light[`--mantine-color-${name}-light-color`] = DARK_TEXT[name] ?? `var(--mantine-color-${name}-9)`;
  }
  return { variables: {}, light, dark: {} };
};
