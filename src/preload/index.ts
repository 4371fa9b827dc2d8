import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames } from '@shared/api';
import { createApi } from '@shared/bridge';
import { eventChannel, eventNames, type AppEventName } from '@shared/events';

// Exactly the contract's channels, each a typed function, and its events; no raw ipcRenderer
// reaches the page, and listeners get the payload only, never the IPC event.
contextBridge.exposeInMainWorld(
  'api',
  createApi(
    channelNames,
    (channel, input) => ipcRenderer.invoke(channel, input),
    eventNames,
    (event, listener) => {
      const channel = eventChannel(event as AppEventName);
      const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, forward);
      return () => {
        ipcRenderer.removeListener(channel, forward);
      };
    },
  ),
);
