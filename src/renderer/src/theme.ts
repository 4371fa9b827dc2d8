import { Badge, createTheme, type MantineThemeOverride } from '@mantine/core';

const base: MantineThemeOverride = {
  primaryColor: 'indigo',
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
  },
};

export const theme = createTheme(base);

/**
 * Meeting mode: the screen is shared with district leaders across a table, so every rem grows.
 * Scaling the rem unit keeps Mantine's proportions instead of patching font sizes one by one.
 */
export const meetingTheme = createTheme({ ...base, scale: 1.15 });
