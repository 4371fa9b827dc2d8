import {
  DELIVERY_MODE_LABELS,
  DRIVER_INFO,
  DRIVER_KEYS,
  PARTY_LABELS,
  PDCA_LABELS,
  PDCA_STAGES,
  SERVICE_CATEGORY_LABELS,
  STANDARD_INFO,
  ServiceCategorySchema,
  type StandardId,
} from '@shared/domain';

/*
 * The domain's fixed vocabularies as choices for selects, built once for the plan lines, the
 * funding sources and the settings' service catalog alike.
 */

export const CATEGORY_OPTIONS = ServiceCategorySchema.options.map((c) => ({
  value: c,
  label: SERVICE_CATEGORY_LABELS[c],
}));

export const DRIVER_OPTIONS = DRIVER_KEYS.map((k) => ({ value: k, label: DRIVER_INFO[k].label }));

export const STANDARD_OPTIONS = (Object.keys(STANDARD_INFO) as StandardId[]).map((k) => ({
  value: k,
  label: STANDARD_INFO[k].label,
}));

export const PDCA_OPTIONS = PDCA_STAGES.map((s) => ({ value: s, label: PDCA_LABELS[s] }));

export const DELIVERY_MODE_OPTIONS = Object.entries(DELIVERY_MODE_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export const PARTY_OPTIONS = Object.entries(PARTY_LABELS).map(([value, label]) => ({ value, label }));
