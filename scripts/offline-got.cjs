// Electronegativity fetches translations and Electron's release list with `got`; the audit runs
// offline (the Electron version is given on the command line), so every request fails at once
// instead of timing out into a retry that crashes under current Node.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') {
    const offline = () => Promise.reject(new Error('offline'));
    offline.head = offline;
    offline.get = offline;
    return offline;
  }
  return load.call(this, request, ...rest);
};
