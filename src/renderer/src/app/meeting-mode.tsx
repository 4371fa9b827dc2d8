import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useLocalStorage } from '@mantine/hooks';

interface MeetingMode {
  /** On while the screen is shared with the district: internal figures hidden, type enlarged. */
  meeting: boolean;
  setMeeting: (on: boolean) => void;
  toggleMeeting: () => void;
}

const MeetingModeContext = createContext<MeetingMode | null>(null);

export function MeetingModeProvider({ children }: { children: ReactNode }) {
  // Remembered across restarts: reopening the app in front of a district must not reveal rates.
  const [meeting, setMeeting] = useLocalStorage({
    key: 'northstar.meetingMode',
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  const toggleMeeting = useCallback(() => setMeeting((on) => !on), [setMeeting]);
  const value = useMemo(() => ({ meeting, setMeeting, toggleMeeting }), [meeting, setMeeting, toggleMeeting]);
  return <MeetingModeContext value={value}>{children}</MeetingModeContext>;
}

export function useMeetingMode(): MeetingMode {
  const value = useContext(MeetingModeContext);
  if (!value) throw new Error('useMeetingMode needs a MeetingModeProvider');
  return value;
}

/** Rates, hours and margins: shown to the consultant, hidden while the screen is shared. */
export function Internal({ children }: { children: ReactNode }) {
  const { meeting } = useMeetingMode();
  return meeting ? null : children;
}
