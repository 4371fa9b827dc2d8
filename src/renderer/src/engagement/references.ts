import type { Engagement } from '@shared/domain';

type Form = {
  getValues: () => Engagement;
  set: (path: string, value: unknown) => void;
};

export type ReferenceKind = 'need' | 'inventory' | 'phase' | 'line';

/**
 * Removing a need, an inventory item, a phase or a plan line would leave other parts of the
 * plan pointing at nothing (which the schema rightly refuses). This takes the references out
 * with it and returns how to put them back, for Undo.
 */
export function detachReferences(form: Form, kind: ReferenceKind, id: string): () => void {
  const before = form.getValues();
  const set = (path: string, value: unknown) => form.set(path, value);
  const touched = new Map<string, Engagement['lines'][number]>();
  const lines = before.lines.map((line) => {
    let next = line;
    if (kind === 'need' && line.needIds.includes(id))
      next = { ...line, needIds: line.needIds.filter((x) => x !== id) };
    if (kind === 'inventory' && (line.buildsOn.includes(id) || line.districtFollowUp.includes(id)))
      next = {
        ...line,
        buildsOn: line.buildsOn.filter((x) => x !== id),
        districtFollowUp: line.districtFollowUp.filter((x) => x !== id),
      };
    if (kind === 'line' && (line.dependsOn.includes(id) || line.followUps.some((f) => f.lineId === id)))
      next = {
        ...line,
        dependsOn: line.dependsOn.filter((x) => x !== id),
        followUps: line.followUps.filter((f) => f.lineId !== id),
      };
    if (kind === 'phase' && line.phaseId === id) next = { ...line, phaseId: null };
    if (next !== line) touched.set(line.id, line);
    return next;
  });
  if (touched.size > 0) set('lines', lines);
  const stepDown = before.supportLevel.stepDown;
  const keptStepDown = kind === 'phase' ? stepDown.filter((s) => s.phaseId !== id) : stepDown;
  if (keptStepDown.length !== stepDown.length) set('supportLevel.stepDown', keptStepDown);

  return () => {
    const now = form.getValues();
    if (touched.size > 0) {
      set(
        'lines',
        now.lines.map((line) => {
          const old = touched.get(line.id);
          if (!old) return line;
          // Undo puts back exactly what the line had.
          return kind === 'need'
            ? { ...line, needIds: old.needIds }
            : kind === 'inventory'
              ? { ...line, buildsOn: old.buildsOn, districtFollowUp: old.districtFollowUp }
              : kind === 'line'
                ? { ...line, dependsOn: old.dependsOn, followUps: old.followUps }
                : { ...line, phaseId: id };
        }),
      );
    }
    if (keptStepDown.length !== stepDown.length) set('supportLevel.stepDown', stepDown);
  };
}
