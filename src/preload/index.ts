import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from '../shared/api';
import { createApi } from '../shared/bridge';

// Exactly the contract's channels, each a typed function; no raw ipcRenderer reaches the page.
contextBridge.exposeInMainWorld(
  'api',
  createApi(channelNames, (channel, input) => ipcRenderer.invoke(channel, input)),
);
