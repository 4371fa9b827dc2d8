import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';

interface Props {
  /** What could not be shown, for the message: "This step", "The engagement". */
  what: string;
  children: ReactNode;
  /** Changing it (the step, the engagement) clears a previous failure. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  key: string | undefined;
}

/**
 * A screen that fails to draw says so in place, instead of blanking the window, and the data
 * behind it (already saved or still queued) is untouched.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} could not be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert color="red" title={`${this.props.what} could not be shown`} role="alert">
        <Text size="sm">{error.message}</Text>
        <Text size="sm" mt="xs">
          Your engagement is safe: what was saved stays saved. Other steps still work.
        </Text>
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
        </Group>
      </Alert>
    );
  }
}
