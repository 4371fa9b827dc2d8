export function nodeFloor(enginesNode: string | undefined): number;
export function oldNodeMessage(version: string, floor: number): string | null;
export function installNeed(stamps: {
  installedAt: number | null | undefined;
  lockChangedAt: number | null | undefined;
}): 'missing' | 'stale' | null;
export function electronDownloadHelp(version: string, detail: string): string;
export function firstErrorLine(output: string): string;
