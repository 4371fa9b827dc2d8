import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { App } from './app/App';
import { StoreGate } from './app/StoreGate';
import { MeetingModeProvider, useMeetingMode } from './app/meeting-mode';
import { cssVariablesResolver, meetingTheme, theme } from './theme';

function Themed() {
  const { meeting } = useMeetingMode();
  return (
    <MantineProvider
      theme={meeting ? meetingTheme : theme}
      defaultColorScheme="light"
      cssVariablesResolver={cssVariablesResolver}
    >
      <Notifications position="bottom-right" limit={4} />
      <StoreGate>
        <App />
      </StoreGate>
    </MantineProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <MeetingModeProvider>
      <Themed />
    </MeetingModeProvider>
  </StrictMode>,
);
